<?php

declare(strict_types=1);

namespace App\Log;

use Monolog\LogRecord;
use Monolog\Processor\ProcessorInterface;

class CardMaskingProcessor implements ProcessorInterface
{
    public function __invoke(LogRecord $record): LogRecord
    {
        $context = $record->context;
        foreach (['card_number', 'pan'] as $key) {
            if (isset($context[$key])) {
                $context[$key] = str_repeat('*', 12) . substr((string) $context[$key], -4);
            }
        }
        unset($context['cvc']);
        return $record->with(context: $context);
    }
}
