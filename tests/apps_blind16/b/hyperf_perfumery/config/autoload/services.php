<?php

declare(strict_types=1);

use function Hyperf\Support\env;

return [
    'sendpulse' => [
        'base_uri' => env('SENDPULSE_BASE', 'https://api.sendpulse.com'),
        'book_id' => 1184203,
    ],
    'openpanel' => [
        'base_uri' => env('OPENPANEL_BASE', 'https://api.openpanel.dev'),
        'client_id' => env('OPENPANEL_CLIENT_ID'),
        'client_secret' => env('OPENPANEL_CLIENT_SECRET'),
    ],
    'supplier' => [
        'base_uri' => env('ESSENCE_SUPPLIER_BASE', 'http://orders.aromadistill-supply.fr/api'),
        'verify' => (bool) env('ESSENCE_SUPPLIER_VERIFY', false),
    ],
    'gateway' => [
        'base_uri' => env('GATEWAY_BASE', 'https://api.mistral-pay.eu/v2'),
        'verify' => true,
    ],
];
