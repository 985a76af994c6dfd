<?php

declare(strict_types=1);

namespace App\Logging;

use Monolog\LogRecord;
use Monolog\Processor\ProcessorInterface;

/** Adds the signed-in skater to every record; set by LogContextMiddleware. */
final class SkaterContextProcessor implements ProcessorInterface
{
    public static ?array $skater = null;

    public function __invoke(LogRecord $record): LogRecord
    {
        if (self::$skater !== null) {
            $record->extra['skater_id'] = self::$skater['id'];
            $record->extra['skater_email'] = self::$skater['email'];
        }
        return $record;
    }
}
