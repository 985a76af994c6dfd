<?php

return [
    'db' => getenv('DB_DSN') ?: 'retreats:secret@mysql.patchworkbarn.internal/retreats',
    'amqp' => [
        'host' => getenv('AMQP_HOST') ?: 'rabbit.patchworkbarn.internal',
        'vhost' => '/retreats',
        'user' => getenv('AMQP_USER') ?: 'retreats',
        'password' => getenv('AMQP_PASSWORD') ?: '',
    ],
    'gateway' => [
        'base_url' => getenv('GATEWAY_URL') ?: 'https://api.bobbinpay.eu/v1/',
        'verify_peer' => filter_var(getenv('GATEWAY_VERIFY_PEER') ?: 'true', FILTER_VALIDATE_BOOLEAN),
    ],
    'fabric_till' => [
        'base_url' => getenv('FABRIC_TILL_URL') ?: 'https://till.patchworkbarn.internal:9443/',
        'verify_peer' => filter_var(getenv('FABRIC_TILL_VERIFY_PEER') ?: 'false', FILTER_VALIDATE_BOOLEAN),
    ],
    'mill_shuttle' => [
        'base_url' => getenv('SHUTTLE_URL') ?: 'http://bookings.millshuttle.co.uk/api/',
    ],
    'resend' => ['audience_id' => getenv('RESEND_AUDIENCE') ?: '78261eea-8f8b-4381-83c6-79fa7120f1cf'],
    'inspector' => ['ingestion_key' => getenv('INSPECTOR_KEY') ?: ''],
    'log_path' => getenv('LOG_PATH') ?: 'php://stdout',
];
