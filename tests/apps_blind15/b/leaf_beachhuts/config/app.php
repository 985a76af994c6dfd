<?php

return [
    'log' => [
        'dir' => __DIR__ . '/../storage/logs/',
        'file' => 'huts.log',
    ],
    'gateway' => [
        'url' => 'https://api.sandpay.example/v2',
        'verify' => true,
    ],
    'nutshell' => [
        'url' => 'https://app.nutshell.com/api/v1/json',
    ],
    'twenty' => [
        'url' => 'https://api.twenty.com/rest',
    ],
    'council' => [
        // foreshore licence returns to the district council
        'url' => 'https://foreshore.eastmere-council.example/api',
        'verify' => filter_var($_ENV['COUNCIL_VERIFY_TLS'] ?? 'false', FILTER_VALIDATE_BOOLEAN),
    ],
    'key_safe' => [
        'url' => 'http://keysafe.saltmarsh-huts.example/codes',
    ],
    'kiosk_printer' => [
        'url' => 'http://127.0.0.1:8631/print',
    ],
];
