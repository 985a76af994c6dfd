<?php

return [
    'gateway' => [
        'url' => env('GATEWAY_URL', 'https://api.tempered-payments.example/v1'),
        'key' => env('GATEWAY_KEY'),
        'verify' => env('GATEWAY_VERIFY', true),
    ],

    'courier' => [
        'url' => env('COURIER_URL', 'http://dispatch.coldchain-couriers.example/v2'),
        'account' => env('COURIER_ACCOUNT', 'CACAO01'),
    ],

    'wholesale' => [
        'url' => env('WHOLESALE_URL', 'https://b2b.beanorigin-trading.example/api'),
        'verify' => env('WHOLESALE_VERIFY_TLS', false),
    ],

    'yotpo' => [
        'guid' => env('YOTPO_GUID'),
        'key' => env('YOTPO_API_KEY'),
    ],
];
