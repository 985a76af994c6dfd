<?php

namespace PatchworkBarn\Logging;

use Monolog\Formatter\JsonFormatter;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Monolog\LogRecord;
use Monolog\Processor\UidProcessor;

final class LoggerFactory
{
    public static function create(string $channel, string $path): Logger
    {
        $handler = new StreamHandler($path);
        $handler->setFormatter(new JsonFormatter());

        $logger = new Logger($channel, [$handler]);
        $logger->pushProcessor(new UidProcessor(12));
        $logger->pushProcessor(new MaskCardProcessor());
        $logger->pushProcessor(static function (LogRecord $record): LogRecord {
            return $record->with(extra: $record->extra + ['app' => 'retreats']);
        });
        return $logger;
    }
}
