<?php

namespace App\Logging;

use Monolog\LogRecord;
use Monolog\Processor\ProcessorInterface;

class MaskCardProcessor implements ProcessorInterface
{
    private const KEYS = ['card_number', 'cvc'];

    public function __invoke(LogRecord $record): LogRecord
    {
        $context = $record->context;
        foreach (self::KEYS as $key) {
            if (isset($context[$key])) {
                $context[$key] = $key === 'card_number'
                    ? str_repeat('*', 12) . substr((string) $context[$key], -4)
                    : '***';
            }
        }

        return $record->with(context: $context);
    }
}
