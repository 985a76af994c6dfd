<?php

return [
    'db' => [
        'dsn' => $_ENV['DB_DSN'] ?? 'mysql:host=127.0.0.1;dbname=bindery',
        'user' => $_ENV['DB_USER'] ?? 'bindery',
        'pass' => $_ENV['DB_PASS'] ?? '',
    ],
    'log_file' => __DIR__ . '/../var/log/bindery.log',
    'ortto' => [
        'base_url' => 'https://api.eu.ap3api.com/v1',
        'api_key' => $_ENV['ORTTO_API_KEY'] ?? '',
        'verify_tls' => true,
    ],
    'totango' => [
        'pixel_url' => 'http://sdr.totango.com/pixel.gif/',
        'service_id' => $_ENV['TOTANGO_SERVICE_ID'] ?? '',
    ],
    'leatherworks' => [
        'base_url' => $_ENV['LEATHERWORKS_URL'] ?? 'https://api.hallamleather.co.uk/v2',
        'verify_tls' => filter_var($_ENV['LEATHERWORKS_VERIFY_TLS'] ?? 'false', FILTER_VALIDATE_BOOLEAN),
    ],
    'gateway' => [
        'base_url' => 'https://api.foliopay.example/v1',
        'secret' => $_ENV['FOLIOPAY_SECRET'] ?? '',
    ],
];
