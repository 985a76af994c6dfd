<?php

return [
    'dotdigital' => [
        'base_url' => 'https://'.env('DOTDIGITAL_REGION', 'r1').'-api.dotdigital.com',
        'user' => env('DOTDIGITAL_API_USER'),
        'password' => env('DOTDIGITAL_API_PASSWORD'),
        'list_id' => (int) env('DOTDIGITAL_LIST_ID', 0),
    ],

    'loki' => [
        'url' => env('LOKI_URL', 'https://logs-prod-012.grafana.net'),
        'user' => env('LOKI_USER'),
        'token' => env('LOKI_TOKEN'),
    ],

    // Fellside Farm Stays: partner B&B that hosts the overnight treks
    'fellside' => [
        'url' => env('FELLSIDE_URL', 'http://bookings.fellside-farmstays.co.uk/api'),
        'verify' => env('FELLSIDE_VERIFY_TLS', false),
    ],

    'paywell' => [
        'url' => env('PAYWELL_URL', 'https://api.paywell.co.uk/v3'),
        'secret' => env('PAYWELL_SECRET'),
        'verify' => env('PAYWELL_VERIFY_TLS', true),
    ],

    'trail_screen' => [
        'url' => env('TRAIL_SCREEN_URL', 'http://127.0.0.1:8088'),
    ],
];
