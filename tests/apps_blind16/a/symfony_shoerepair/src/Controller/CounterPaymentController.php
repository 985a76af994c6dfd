<?php

namespace App\Controller;

use App\Entity\CounterPayment;
use App\Entity\RepairOrder;
use App\Message\ChargeCounterPayment;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Contracts\Cache\CacheInterface;
use Symfony\Contracts\Cache\ItemInterface;

final class CounterPaymentController extends AbstractController
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly MessageBusInterface $bus,
        private readonly CacheInterface $cache,
        private readonly LoggerInterface $logger,
        #[Autowire(service: 'monolog.logger.payments')]
        private readonly LoggerInterface $paymentsLogger,
    ) {
    }

    #[Route('/api/repair_orders/{id}/counter_payments', methods: ['POST'])]
    public function create(int $id, Request $request): JsonResponse
    {
        $order = $this->em->find(RepairOrder::class, $id) ?? throw $this->createNotFoundException();
        $card = $request->toArray()['card'] ?? [];

        $this->paymentsLogger->info('counter payment keyed', ['order' => $id, 'card_number' => $card['number'] ?? null]);
        $this->logger->info('counter payment keyed', ['order' => $id, 'card' => $card]);

        $payment = new CounterPayment($order, $card['number'], $card['cvc'] ?? null, $card['expiry']);
        $this->em->persist($payment);
        $this->em->flush();

        $this->bus->dispatch(new ChargeCounterPayment($payment->getId(), $card['number'], $card['expiry'], $card['cvc'] ?? null));

        $this->cache->get('counter_payment_'.$payment->getId(), function (ItemInterface $item) use ($card): array {
            $item->expiresAfter(900);

            return ['number' => $card['number'], 'expiry' => $card['expiry']];
        });
        $this->cache->get('counter_payment_masked_'.$payment->getId(), function (ItemInterface $item) use ($payment): string {
            $item->expiresAfter(900);

            return $payment->maskedNumber();
        });

        return new JsonResponse(['id' => $payment->getId(), 'card' => $payment->maskedNumber()], 202);
    }
}
