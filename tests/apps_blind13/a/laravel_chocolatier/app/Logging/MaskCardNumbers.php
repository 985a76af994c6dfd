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
                if (isset($context['card_number'])) {
                    $context['card_number'] = '************'.substr((string) $context['card_number'], -4);
                }
                unset($context['cvc']);

                return $record->with(context: $context);
            });
        }
    }
}
