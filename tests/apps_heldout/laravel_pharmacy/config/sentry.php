<?php

return [
    'dsn' => env('SENTRY_LARAVEL_DSN'),
    'release' => env('SENTRY_RELEASE'),
    'environment' => env('APP_ENV'),
    'send_default_pii' => env('SENTRY_SEND_DEFAULT_PII', false),
    'traces_sample_rate' => 0.1,
];
