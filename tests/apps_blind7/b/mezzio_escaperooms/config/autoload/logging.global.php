<?php

declare(strict_types=1);

use Monolog\Formatter\JsonFormatter;
use Monolog\Handler\StreamHandler;
use Monolog\Level;
use Monolog\Logger;
use Monolog\Processor\PsrLogMessageProcessor;
use Monolog\Processor\UidProcessor;
use Psr\Container\ContainerInterface;

return [
    'dependencies' => [
        'factories' => [
            'logger.app' => static fn (ContainerInterface $c): Logger => buildChannel($c, 'app'),
            'logger.payments' => static fn (ContainerInterface $c): Logger => buildChannel($c, 'payments'),
            'logger.webhooks' => static fn (ContainerInterface $c): Logger => buildChannel($c, 'webhooks'),
        ],
    ],
    'logging' => [
        'path' => getenv('LOG_PATH') ?: 'data/log/app.log',
        'level' => getenv('LOG_LEVEL') ?: 'info',
    ],
];

function buildChannel(ContainerInterface $container, string $name): Logger
{
    $config = $container->get('config')['logging'];
    $handler = new StreamHandler($config['path'], Level::fromName($config['level']));
    $handler->setFormatter(new JsonFormatter());
    $logger = new Logger($name, [$handler]);
    $logger->pushProcessor(new PsrLogMessageProcessor());
    $logger->pushProcessor(new UidProcessor());
    return $logger;
}
