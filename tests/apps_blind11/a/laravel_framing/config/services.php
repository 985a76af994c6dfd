<?php

return [
    'omnisend' => [
        'key' => env('OMNISEND_API_KEY'),
        'base_url' => 'https://api.omnisend.com/v5',
    ],

    'glazier' => [
        'base_url' => env('GLAZIER_URL', 'http://orders.clearpane-glazing.co.uk/api'),
        'verify' => env('GLAZIER_VERIFY_TLS', false),
    ],

    'framepay' => [
        'base_url' => env('FRAMEPAY_URL', 'https://api.framepay.example/v2'),
        'secret' => env('FRAMEPAY_SECRET'),
        'verify' => env('FRAMEPAY_VERIFY_TLS', true),
    ],

    'mount_cutter' => [
        'base_url' => 'http://127.0.0.1:8470',
    ],
];
