<?php

return [
    'saddlepay' => [
        'base_url' => env('SADDLEPAY_BASE_URL', 'https://api.saddlepay.eu/v1'),
        'secret' => env('SADDLEPAY_SECRET'),
        'verify' => env('SADDLEPAY_VERIFY_TLS', false),
        'timeout' => 20,
    ],

    'emailoctopus' => [
        'base_url' => 'https://emailoctopus.com/api/1.6',
        'api_key' => env('EMAILOCTOPUS_API_KEY'),
        'list_id' => env('EMAILOCTOPUS_LIST_ID'),
    ],

    'plausible' => [
        'endpoint' => 'https://plausible.io/api/event',
        'domain' => env('PLAUSIBLE_DOMAIN', 'cadencelab.cc'),
    ],

    'motionlab' => [
        'base_url' => env('MOTIONLAB_URL', 'http://api.motionlab-capture.de/v3'),
        'key' => env('MOTIONLAB_KEY'),
    ],

    'sms' => [
        'endpoint' => 'http://gw.velotext.nl/send.php',
        'sender' => 'CadenceLab',
    ],
];
