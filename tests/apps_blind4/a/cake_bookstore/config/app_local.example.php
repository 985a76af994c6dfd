<?php
/*
 * Local configuration file to provide any overrides to your app.php configuration.
 * Copy and save this file as app_local.php and make changes as required.
 */
use Cake\Log\Engine\FileLog;
use Cake\Mailer\Transport\SmtpTransport;

return [
    'debug' => filter_var(env('DEBUG', false), FILTER_VALIDATE_BOOLEAN),

    'Security' => [
        'salt' => env('SECURITY_SALT', '__SALT__'),
    ],

    'Datasources' => [
        'default' => [
            'host' => env('DB_HOST', 'localhost'),
            'username' => env('DB_USER', 'bookstore'),
            'password' => env('DB_PASSWORD', ''),
            'database' => env('DB_NAME', 'bookstore'),
            'url' => env('DATABASE_URL', null),
        ],
    ],

    'EmailTransport' => [
        'default' => [
            'className' => SmtpTransport::class,
            'host' => env('EMAIL_HOST', 'smtp.sendgrid.net'),
            'port' => 587,
            'username' => 'apikey',
            'password' => env('SENDGRID_API_KEY', null),
            'tls' => true,
        ],
    ],

    'Email' => [
        'default' => [
            'transport' => 'default',
            'from' => ['orders@pagesandco.example' => 'Pages & Co'],
            'charset' => 'utf-8',
        ],
    ],

    'Log' => [
        'debug' => ['className' => FileLog::class, 'path' => LOGS, 'file' => 'debug', 'levels' => ['notice', 'info', 'debug']],
        'error' => ['className' => FileLog::class, 'path' => LOGS, 'file' => 'error', 'levels' => ['warning', 'error', 'critical', 'alert', 'emergency']],
        'payments' => ['className' => FileLog::class, 'path' => LOGS, 'file' => 'payments', 'scopes' => ['payments']],
    ],

    'Hubspot' => [
        'token' => env('HUBSPOT_PRIVATE_APP_TOKEN'),
        'portalId' => env('HUBSPOT_PORTAL_ID', '4471902'),
    ],

    'Shipping' => [
        'endpoint' => env('SHIPPING_API', 'https://api.parcelhub.example/v3'),
        'account' => env('SHIPPING_ACCOUNT', 'PGS-0042'),
    ],

    'Payments' => [
        'gateway' => 'braintree',
        'merchantId' => env('BT_MERCHANT_ID'),
        'environment' => env('BT_ENVIRONMENT', 'sandbox'),
    ],
];
