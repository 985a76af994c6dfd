<?php

namespace App\EventListener;

use Psr\Log\LoggerInterface;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\ExceptionEvent;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;

#[AsEventListener]
final class ExceptionListener
{
    public function __construct(private readonly LoggerInterface $logger)
    {
    }

    public function __invoke(ExceptionEvent $event): void
    {
        $e = $event->getThrowable();
        if ($e instanceof HttpExceptionInterface && $e->getStatusCode() < 500) {
            $this->logger->info('client error', ['status' => $e->getStatusCode(), 'path' => $event->getRequest()->getPathInfo()]);
            return;
        }
        $this->logger->error('request failed', [
            'exception' => $e::class,
            'message' => $e->getMessage(),
            'request' => $event->getRequest()->request->all(),
        ]);
    }
}
