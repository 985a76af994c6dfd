<?php

namespace PatchworkBarn\Logging;

use Monolog\LogRecord;
use Monolog\Processor\ProcessorInterface;

/** Masks card numbers passed in the log context under the `card_pan` key. */
final class MaskCardProcessor implements ProcessorInterface
{
    public function __invoke(LogRecord $record): LogRecord
    {
        $context = $record->context;
        if (isset($context['card_pan'])) {
            $context['card_pan'] = str_repeat('*', max(0, strlen($context['card_pan']) - 4)) . substr($context['card_pan'], -4);
        }
        return $record->with(context: $context);
    }
}
