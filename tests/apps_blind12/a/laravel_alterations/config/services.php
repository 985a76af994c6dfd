<?php

return [
    'brevo' => [
        'key' => env('BREVO_API_KEY'),
        'list_id' => (int) env('BREVO_LIST_ID', 7),
    ],

    'atelierpay' => [
        'url' => env('ATELIERPAY_URL', 'https://api.atelierpay.example/v1'),
        'verify' => env('ATELIERPAY_VERIFY_TLS', false),
    ],

    'seamline' => [
        'url' => env('SEAMLINE_URL', 'http://seamline.hemline-partners.example/orders'),
    ],

    'meta' => [
        'pixel_id' => env('META_PIXEL_ID'),
        'token' => env('META_CAPI_TOKEN'),
    ],
];
