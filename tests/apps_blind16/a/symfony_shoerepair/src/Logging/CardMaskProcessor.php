<?php

namespace App\Logging;

use Monolog\LogRecord;
use Monolog\Processor\ProcessorInterface;

/** Masks card fields in the context of the payments channel. */
final class CardMaskProcessor implements ProcessorInterface
{
    private const KEYS = ['card_number', 'security_code'];

    public function __invoke(LogRecord $record): LogRecord
    {
        $context = $record->context;
        foreach (self::KEYS as $key) {
            if (isset($context[$key]) && is_string($context[$key])) {
                $context[$key] = $key === 'card_number' ? '************'.substr($context[$key], -4) : '***';
            }
        }

        return $record->with(context: $context);
    }
}
