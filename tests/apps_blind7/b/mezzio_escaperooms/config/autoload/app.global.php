<?php

declare(strict_types=1);

return [
    'mail' => [
        'transport' => 'smtp',
        'host' => getenv('SMTP_HOST') ?: 'smtp.eu.sparkpostmail.com',
        'from_email' => 'bookings@lockedinrooms.example',
        'from_name' => 'Locked In Escape Rooms',
        'confirmation_template' => 'booking-confirmed-v4',
    ],
    'payments' => [
        'base_uri' => 'https://api.payrail.example/v2/',
        'api_key' => getenv('PAYRAIL_KEY'),
        'verify' => true,
    ],
    'customerio' => [
        'base_uri' => 'https://track-eu.customer.io/api/v1/',
        'site_id' => getenv('CIO_SITE_ID'),
        'api_key' => getenv('CIO_API_KEY'),
    ],
    'meta' => [
        'pixel_id' => '418820563310977',
        'access_token' => getenv('META_CAPI_TOKEN'),
    ],
    'room_controller' => [
        'status_url' => 'http://10.8.0.20:9000/status',
    ],
];
