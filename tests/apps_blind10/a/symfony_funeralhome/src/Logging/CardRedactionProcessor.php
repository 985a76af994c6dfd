<?php

namespace App\Logging;

use Monolog\LogRecord;
use Monolog\Processor\ProcessorInterface;

/**
 * Masks card fields in the context of the payments channel. Only top-level context keys are inspected.
 */
final class CardRedactionProcessor implements ProcessorInterface
{
    private const KEYS = ['card_number', 'pan', 'cvc', 'cvv', 'security_code'];

    public function __invoke(LogRecord $record): LogRecord
    {
        $context = $record->context;
        foreach (self::KEYS as $key) {
            if (isset($context[$key]) && is_string($context[$key])) {
                $context[$key] = $key === 'card_number' || $key === 'pan'
                    ? str_repeat('*', max(0, strlen($context[$key]) - 4)).substr($context[$key], -4)
                    : '***';
            }
        }

        return $record->with(context: $context);
    }
}
