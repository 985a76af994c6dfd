<?php

namespace App\EventListener;

use Psr\Log\LoggerInterface;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\ExceptionEvent;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;

#[AsEventListener(event: 'kernel.exception', priority: 10)]
final class ExceptionLoggingListener
{
    public function __construct(private readonly LoggerInterface $logger)
    {
    }

    public function __invoke(ExceptionEvent $event): void
    {
        $exception = $event->getThrowable();
        $request = $event->getRequest();
        if ($exception instanceof HttpExceptionInterface && $exception->getStatusCode() < 500) {
            $this->logger->warning('{method} {path}: {message}', [
                'method' => $request->getMethod(),
                'path' => $request->getPathInfo(),
                'message' => $exception->getMessage(),
            ]);

            return;
        }
        $this->logger->error('unhandled {class} on {path}', [
            'class' => $exception::class,
            'path' => $request->getPathInfo(),
            'exception' => $exception,
        ]);
    }
}
