<?php

declare(strict_types=1);

namespace App\Logging;

use Monolog\LogRecord;
use Monolog\Processor\ProcessorInterface;

/** Masks anything that looks like a PAN in the message and context (payments channel). */
final class CardMaskingProcessor implements ProcessorInterface
{
    private const PAN = '/\b(\d{6})\d{3,9}(\d{4})\b/';

    public function __invoke(LogRecord $record): LogRecord
    {
        $mask = fn ($v) => is_string($v) ? preg_replace(self::PAN, '$1******$2', $v) : $v;
        $context = array_map($mask, $record->context);
        unset($context['cvc']);
        return $record->with(message: $mask($record->message), context: $context);
    }
}
