<?php

return [
    'quillpay' => [
        'url' => env('QUILLPAY_URL', 'https://api.quillpay.io/v1'),
        'key' => env('QUILLPAY_KEY'),
        'verify' => (bool) env('QUILLPAY_VERIFY', false),
    ],
    'venue_sync' => [
        'url' => env('VENUE_SYNC_URL', 'http://venues.paperandpen-collective.org/api'),
    ],
    'bento' => [
        'url' => 'https://app.bentonow.com/api/v1',
        'site_uuid' => env('BENTO_SITE_UUID'),
        'publishable_key' => env('BENTO_PUBLISHABLE_KEY'),
        'secret_key' => env('BENTO_SECRET_KEY'),
    ],
    'stats' => [
        'url' => 'http://127.0.0.1:8125/events',
    ],
];
