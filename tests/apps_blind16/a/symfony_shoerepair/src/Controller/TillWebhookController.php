<?php

namespace App\Controller;

use App\Entity\RepairOrder;
use App\Service\LogisticsClient;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class TillWebhookController
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly LogisticsClient $logistics,
        private readonly LoggerInterface $logger,
        #[Autowire('%env(TILL_GATEWAY_KEY)%')]
        private readonly string $signingKey,
    ) {
    }

    #[Route('/webhooks/till', methods: ['POST'])]
    public function __invoke(Request $request): JsonResponse
    {
        $expected = hash_hmac('sha256', $request->getContent(), $this->signingKey);
        if (!hash_equals($expected, (string) $request->headers->get('Till-Signature'))) {
            return new JsonResponse(['error' => 'signature'], 400);
        }
        $event = $request->toArray();
        $this->logger->info('till webhook', ['type' => $event['type'] ?? null, 'id' => $event['id'] ?? null]);

        if (($event['type'] ?? '') === 'charge.succeeded' && isset($event['data']['metadata']['order_id'])) {
            $order = $this->em->find(RepairOrder::class, (int) $event['data']['metadata']['order_id']);
            if ($order !== null) {
                $order->markPaid($event['data']['reference'], $event['data']['last4']);
                $this->em->flush();
                $this->logistics->bookReturn($order);
            }
        }

        return new JsonResponse(['ok' => true]);
    }
}
