<?php

namespace App\Logging;

use Illuminate\Log\Logger;
use Monolog\LogRecord;

class MaskCardNumbers
{
    public function __invoke(Logger $logger): void
    {
        foreach ($logger->getHandlers() as $handler) {
            $handler->pushProcessor(function (LogRecord $record): LogRecord {
                $mask = fn (string $s) => preg_replace('/\b(\d{6})\d{3,9}(\d{4})\b/', '$1******$2', $s);
                $context = $record->context;
                array_walk_recursive($context, function (&$v) use ($mask) {
                    if (is_string($v)) {
                        $v = $mask($v);
                    }
                });
                unset($context['cvc']);

                return $record->with(message: $mask($record->message), context: $context);
            });
        }
    }
}
