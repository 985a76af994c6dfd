<?php

use App\Logging\AddRequestContext;
use App\Logging\MaskCardNumbers;
use Monolog\Handler\StreamHandler;

return [
    'default' => env('LOG_CHANNEL', 'stack'),

    'channels' => [
        'stack' => [
            'driver' => 'stack',
            'channels' => explode(',', env('LOG_STACK', 'daily')),
            'ignore_exceptions' => false,
        ],

        'daily' => [
            'driver' => 'daily',
            'path' => storage_path('logs/laravel.log'),
            'level' => env('LOG_LEVEL', 'debug'),
            'days' => 14,
            'tap' => [AddRequestContext::class],
        ],

        'payments' => [
            'driver' => 'daily',
            'path' => storage_path('logs/payments.log'),
            'level' => 'info',
            'days' => 30,
            'tap' => [MaskCardNumbers::class],
        ],

        'audit' => [
            'driver' => 'monolog',
            'handler' => StreamHandler::class,
            'with' => ['stream' => storage_path('logs/audit.log')],
        ],
    ],
];
