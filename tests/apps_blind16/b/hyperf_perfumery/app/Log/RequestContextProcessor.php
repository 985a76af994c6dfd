<?php

declare(strict_types=1);

namespace App\Log;

use Hyperf\Context\Context;
use Monolog\LogRecord;
use Monolog\Processor\ProcessorInterface;

class RequestContextProcessor implements ProcessorInterface
{
    public function __invoke(LogRecord $record): LogRecord
    {
        $extra = $record->extra;
        $extra['request_id'] = Context::get('request.id', '-');
        $extra['customer_id'] = Context::get('customer.id');
        $extra['customer_email'] = Context::get('customer.email');
        $extra['client_ip'] = Context::get('request.ip');
        return $record->with(extra: $extra);
    }
}
