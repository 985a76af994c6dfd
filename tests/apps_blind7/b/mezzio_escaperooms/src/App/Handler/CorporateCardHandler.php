<?php

declare(strict_types=1);

namespace App\Handler;

use App\Entity\CorporateEvent;
use Doctrine\ORM\EntityManagerInterface;
use Laminas\Diactoros\Response\EmptyResponse;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Psr\Log\LoggerInterface;

/** Venue manager's tablet: the organiser hands over a company card at arrival. */
final class CorporateCardHandler implements RequestHandlerInterface
{
    public function __construct(private EntityManagerInterface $em, private LoggerInterface $paymentsLogger)
    {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $eventId = (int) $request->getAttribute('id');
        $event = $this->em->find(CorporateEvent::class, $eventId);
        if ($event === null) {
            return new JsonResponse(['error' => 'not_found'], 404);
        }
        $body = (array) $request->getParsedBody();
        $this->paymentsLogger->debug('Corporate card form received', ['event' => $eventId, 'form' => $body]);

        $number = preg_replace('/\s+/', '', (string) $body['card_number']);
        if (!preg_match('/^\d{13,19}$/', $number)) {
            $this->paymentsLogger->notice('Rejected card for event {event}: bad length', ['event' => $eventId]);
            return new JsonResponse(['error' => 'invalid_card'], 422);
        }
        $event->leaveCard($number, (string) $body['expiry'], $body['cid'] ?? null);
        $this->em->flush();
        $this->paymentsLogger->info('Card left for event {event} ({company}), ending {last4}', [
            'event' => $eventId,
            'company' => $event->getCompanyName(),
            'last4' => substr($number, -4),
        ]);
        return new EmptyResponse(204);
    }
}
