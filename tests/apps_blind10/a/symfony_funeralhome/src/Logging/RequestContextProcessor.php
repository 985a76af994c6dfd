<?php

namespace App\Logging;

use Monolog\LogRecord;
use Monolog\Processor\ProcessorInterface;
use Symfony\Bundle\SecurityBundle\Security;
use Symfony\Component\HttpFoundation\RequestStack;

/**
 * Adds the request id and the signed-in arranger to every record.
 */
final class RequestContextProcessor implements ProcessorInterface
{
    public function __construct(
        private readonly RequestStack $requests,
        private readonly Security $security,
    ) {
    }

    public function __invoke(LogRecord $record): LogRecord
    {
        $request = $this->requests->getMainRequest();
        if ($request !== null) {
            $record->extra['request_id'] = $request->headers->get('X-Request-Id', '-');
            $record->extra['route'] = $request->attributes->get('_route');
        }
        $user = $this->security->getUser();
        if ($user !== null) {
            $record->extra['staff'] = $user->getUserIdentifier();
        }

        return $record;
    }
}
