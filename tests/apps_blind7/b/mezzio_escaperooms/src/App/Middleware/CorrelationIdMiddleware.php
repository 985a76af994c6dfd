<?php

declare(strict_types=1);

namespace App\Middleware;

use Monolog\Logger;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

/** Tags every log record of the request with the caller's correlation id (header X-Correlation-Id). */
final class CorrelationIdMiddleware implements MiddlewareInterface
{
    /** @param Logger[] $channels */
    public function __construct(private array $channels)
    {
    }

    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $cid = $request->getHeaderLine('X-Correlation-Id') ?: bin2hex(random_bytes(8));
        foreach ($this->channels as $channel) {
            $channel->pushProcessor(static function ($record) use ($cid) {
                $record->extra['cid'] = $cid;
                return $record;
            });
        }
        $this->channels[0]->debug('request {method} {path}', [
            'method' => $request->getMethod(),
            'path' => $request->getUri()->getPath(),
            'cid' => $cid,
            'ip' => $request->getServerParams()['REMOTE_ADDR'] ?? null,
        ]);
        return $handler->handle($request)->withHeader('X-Correlation-Id', $cid);
    }
}
