<?php

declare(strict_types=1);

return [
    'db' => [
        'type' => 'mysql',
        'host' => getenv('DB_HOST') ?: 'db.sealright.internal',
        'database' => 'notary',
        'username' => 'notary',
        'password' => getenv('DB_PASSWORD') ?: '',
    ],
    'log' => [
        'dir' => getenv('LOG_DIR') ?: '/var/log/sealright',
        'level' => 'info',
    ],
    'beanstalk' => ['host' => getenv('BEANSTALK_HOST') ?: 'queue.sealright.internal'],
    'gateway' => [
        'base_uri' => 'https://api.inkwellpay.example/v2/',
        'verify_peer' => true,
    ],
    'recorder' => [
        'base_uri' => getenv('RECORDER_URL') ?: 'http://efile.county-recorder.example/notary/',
    ],
    'convertkit' => [
        'base_uri' => 'https://api.convertkit.com/v3/',
        'form_id' => getenv('CK_FORM_ID') ?: '6120443',
    ],
    'loggly' => [
        'base_uri' => 'https://logs-01.loggly.com/',
        'verify_peer' => filter_var(getenv('LOGGLY_VERIFY') ?: 'false', FILTER_VALIDATE_BOOL),
    ],
];
