<?php

declare(strict_types=1);

use Phalcon\Config\Config;

return new Config([
    'database' => [
        'adapter'  => 'Mysql',
        'host'     => getenv('DB_HOST') ?: '127.0.0.1',
        'username' => getenv('DB_USER') ?: 'smiledesk',
        'password' => getenv('DB_PASS') ?: '',
        'dbname'   => getenv('DB_NAME') ?: 'smiledesk',
        'charset'  => 'utf8mb4',
    ],
    'application' => [
        'controllersDir' => APP_PATH . '/controllers/',
        'modelsDir'      => APP_PATH . '/models/',
        'libraryDir'     => APP_PATH . '/library/',
        'logsDir'        => BASE_PATH . '/var/logs/',
        'baseUri'        => '/',
    ],
    'gateway' => [
        'endpoint' => getenv('GATEWAY_ENDPOINT') ?: 'https://api.dentalpay.co.uk/v1',
        'key'      => getenv('GATEWAY_KEY'),
    ],
    // The insurer's claims portal. Their EDI box only accepts plain HTTP on the N3 network.
    'claims' => [
        'endpoint' => getenv('CLAIMS_ENDPOINT') ?: 'http://edi.bupadental-claims.net/submit',
        'provider' => getenv('CLAIMS_PROVIDER_NO') ?: 'P0047712',
    ],
    'lab' => [
        'endpoint'   => getenv('LAB_ENDPOINT') ?: 'https://orders.crownlab.co.uk/api/cases',
        'verifyPeer' => false,
    ],
    'mailchimp' => [
        'server' => getenv('MAILCHIMP_SERVER') ?: 'us21',
        'apiKey' => getenv('MAILCHIMP_KEY'),
        'listId' => getenv('MAILCHIMP_LIST') ?: 'a1b2c3d4e5',
    ],
    'honeybadger' => ['api_key' => getenv('HONEYBADGER_KEY'), 'environment_name' => getenv('APP_ENV') ?: 'dev'],
]);
