<?php

return [
    'key' => env('FLARE_KEY'),
    'flare_middleware' => [
        Spatie\FlareClient\FlareMiddleware\RemoveRequestIp::class,
        Spatie\FlareClient\FlareMiddleware\AddGitInformation::class,
        Spatie\LaravelIgnition\FlareMiddleware\AddLogs::class => [
            'maximum_number_of_collected_logs' => 200,
        ],
        Spatie\FlareClient\FlareMiddleware\CensorRequestBodyFields::class => [
            'censor_fields' => ['password', 'password_confirmation', 'card_number', 'cvc'],
        ],
    ],
    'send_logs_as_events' => true,
];
