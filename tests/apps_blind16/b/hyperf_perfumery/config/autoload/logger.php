<?php

declare(strict_types=1);

use App\Log\RequestContextProcessor;
use App\Log\CardMaskingProcessor;

return [
    'default' => [
        'handler' => [
            'class' => Monolog\Handler\StreamHandler::class,
            'constructor' => ['stream' => BASE_PATH . '/runtime/logs/hyperf.log', 'level' => Monolog\Level::Info],
        ],
        'formatter' => [
            'class' => Monolog\Formatter\JsonFormatter::class,
            'constructor' => [],
        ],
        'processors' => [
            ['class' => RequestContextProcessor::class],
        ],
    ],
    'payments' => [
        'handler' => [
            'class' => Monolog\Handler\StreamHandler::class,
            'constructor' => ['stream' => BASE_PATH . '/runtime/logs/payments.log', 'level' => Monolog\Level::Info],
        ],
        'formatter' => ['class' => Monolog\Formatter\JsonFormatter::class, 'constructor' => []],
        'processors' => [
            ['class' => CardMaskingProcessor::class],
        ],
    ],
];
