<?php

return [
    'paddock_pay' => [
        'url' => env('PADDOCK_PAY_URL', 'https://api.paddockpay.co.uk/v1'),
        'secret' => env('PADDOCK_PAY_SECRET'),
    ],

    'membership' => [
        // Riding-club federation membership lookup (insurance cover for lessons)
        'url' => env('FEDERATION_API_URL', 'https://members.ukridingfed.org.uk/api'),
        'key' => env('FEDERATION_API_KEY'),
    ],

    'arena_board' => [
        'url' => env('ARENA_BOARD_URL', 'http://arena-board.oakbridge.lan:8000'),
    ],

    'sms' => [
        'url' => env('SMS_URL', 'http://sms-relay.oakbridge.lan/send'),
        'token' => env('SMS_TOKEN'),
    ],

    'intercom' => ['token' => env('INTERCOM_TOKEN')],
    'zendesk' => ['subdomain' => 'oakbridge', 'email' => env('ZENDESK_EMAIL'), 'token' => env('ZENDESK_TOKEN')],
    'amplitude' => ['key' => env('AMPLITUDE_API_KEY')],
    'weather' => ['url' => 'http://api.openweathermap.org/data/2.5/forecast'],
];
