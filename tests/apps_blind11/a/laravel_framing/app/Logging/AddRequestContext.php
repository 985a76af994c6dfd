<?php

namespace App\Logging;

use Illuminate\Log\Logger;
use Monolog\LogRecord;

class AddRequestContext
{
    public function __invoke(Logger $logger): void
    {
        $logger->getLogger()->pushProcessor(function (LogRecord $record): LogRecord {
            $request = request();
            $extra = $record->extra;
            $extra['request_id'] = $request->header('X-Request-Id');
            $extra['ip'] = $request->ip();
            $extra['customer'] = $request->user()?->email;
            return $record->with(extra: $extra);
        });
    }
}
