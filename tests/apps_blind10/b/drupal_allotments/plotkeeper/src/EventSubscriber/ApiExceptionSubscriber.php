<?php

namespace Drupal\plotkeeper\EventSubscriber;

use Psr\Log\LoggerInterface;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpKernel\Event\ExceptionEvent;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Turns exceptions on /api/plotkeeper into JSON and records what was sent.
 */
class ApiExceptionSubscriber implements EventSubscriberInterface {

  public function __construct(protected LoggerInterface $logger) {}

  public static function getSubscribedEvents(): array {
    return [KernelEvents::EXCEPTION => ['onException', 50]];
  }

  public function onException(ExceptionEvent $event): void {
    $request = $event->getRequest();
    if (!str_starts_with($request->getPathInfo(), '/api/plotkeeper')) {
      return;
    }
    $e = $event->getThrowable();
    $this->logger->error('API error on @path: @message. Request body: @body', [
      '@path' => $request->getPathInfo(),
      '@message' => $e->getMessage(),
      '@body' => $request->getContent(),
    ]);
    $this->logger->warning('API error on @path from @ip', [
      '@path' => $request->getPathInfo(),
      '@ip' => $request->getClientIp(),
    ]);
    $event->setResponse(new JsonResponse(['error' => 'internal error'], 500));
  }

}
