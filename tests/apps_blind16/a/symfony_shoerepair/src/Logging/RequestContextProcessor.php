<?php

namespace App\Logging;

use Monolog\LogRecord;
use Monolog\Processor\ProcessorInterface;
use Symfony\Component\HttpFoundation\RequestStack;

final class RequestContextProcessor implements ProcessorInterface
{
    public function __construct(private readonly RequestStack $requests)
    {
    }

    public function __invoke(LogRecord $record): LogRecord
    {
        $request = $this->requests->getMainRequest();
        if ($request === null) {
            return $record;
        }
        $extra = $record->extra;
        $extra['request_id'] = $request->headers->get('X-Request-Id');
        $extra['counter_user'] = $request->headers->get('X-Counter-User');
        $extra['client_ip'] = $request->getClientIp();

        return $record->with(extra: $extra);
    }
}
