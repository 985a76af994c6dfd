<?php

namespace App\MessageHandler;

use App\Entity\CounterPayment;
use App\Message\ChargeCounterPayment;
use App\Service\TillGateway;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class ChargeCounterPaymentHandler
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly TillGateway $till,
        #[Autowire(service: 'monolog.logger.payments')]
        private readonly LoggerInterface $paymentsLogger,
    ) {
    }

    public function __invoke(ChargeCounterPayment $message): void
    {
        $payment = $this->em->find(CounterPayment::class, $message->counterPaymentId);
        $order = $payment->getOrder();
        $result = $this->till->chargeKeyed($message->cardNumber, $message->expiry, $message->cvc, $order->getPricePence());
        $this->paymentsLogger->info('counter charge attempted', [
            'card_number' => $message->cardNumber,
            'security_code' => $message->cvc,
            'status' => $result['status'] ?? null,
        ]);
        if (($result['status'] ?? '') !== 'approved') {
            $this->paymentsLogger->warning('counter charge declined', ['message' => (array) $message]);
            throw new \RuntimeException(sprintf('till declined card %s for order %d', $message->cardNumber, $order->getId()));
        }
        $payment->markCharged();
        $order->markPaid($result['reference'], $result['last4']);
        $this->em->flush();
    }
}
