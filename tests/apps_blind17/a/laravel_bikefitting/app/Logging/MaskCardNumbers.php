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
                $context = $record->context;
                foreach (['card_number', 'pan'] as $key) {
                    if (isset($context[$key])) {
                        $context[$key] = str_repeat('*', max(strlen($context[$key]) - 4, 0)).substr($context[$key], -4);
                    }
                }

                return $record->with(context: $context);
            });
        }
    }
}
