<?php

declare(strict_types=1);

use App\Logging\CardMaskingProcessor;
use App\Logging\SkaterContextProcessor;
use Monolog\Formatter\JsonFormatter;
use Monolog\Handler\RotatingFileHandler;
use Monolog\Level;
use Monolog\Processor\PsrLogMessageProcessor;

return [
    'default' => env('MONOLOG_DEFAULT_CHANNEL', 'default'),
    'globalLevel' => Level::Info,
    'processors' => [
        'default' => [
            new PsrLogMessageProcessor(),
            SkaterContextProcessor::class,
        ],
        'payments' => [
            CardMaskingProcessor::class,
        ],
    ],
    'handlers' => [
        'default' => [
            [
                'class' => RotatingFileHandler::class,
                'options' => ['filename' => directory('runtime') . 'logs/app.log', 'maxFiles' => 14],
                'formatter' => JsonFormatter::class,
            ],
        ],
        'payments' => [
            [
                'class' => RotatingFileHandler::class,
                'options' => ['filename' => directory('runtime') . 'logs/payments.log', 'maxFiles' => 30],
                'formatter' => JsonFormatter::class,
            ],
        ],
    ],
];
