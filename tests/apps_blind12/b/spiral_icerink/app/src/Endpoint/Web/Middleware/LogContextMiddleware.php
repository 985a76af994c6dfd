<?php

declare(strict_types=1);

namespace App\Endpoint\Web\Middleware;

use App\Logging\SkaterContextProcessor;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\MiddlewareInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class LogContextMiddleware implements MiddlewareInterface
{
    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        $skater = $request->getAttribute('skater');
        SkaterContextProcessor::$skater = $skater ? ['id' => $skater->id, 'email' => $skater->email] : null;
        try {
            return $handler->handle($request);
        } finally {
            SkaterContextProcessor::$skater = null;
        }
    }
}
