<?php

namespace App\Logging;

use Illuminate\Log\Logger;
use Monolog\LogRecord;

class MaskCardNumbers
{
    private const KEYS = ['card_number', 'cvc'];

    public function __invoke(Logger $logger): void
    {
        $logger->getLogger()->pushProcessor(function (LogRecord $record): LogRecord {
            $context = $record->context;
            foreach (self::KEYS as $key) {
                if (isset($context[$key])) {
                    $context[$key] = '[masked]';
                }
            }
            return $record->with(context: $context);
        });
    }
}
