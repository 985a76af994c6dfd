<?php

namespace App\Service;

use App\Entity\TicketOrder;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\RateLimiter\RateLimiterFactory;
use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * Refunds paid orders through the payment API; box office orders are refunded to the keyed-in card.
 */
class RefundService
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        #[Autowire(service: 'payments.client')] private readonly HttpClientInterface $payments,
        #[Autowire(service: 'monolog.logger.checkout')] private readonly LoggerInterface $logger,
        #[Autowire(service: 'limiter.refunds')] private readonly RateLimiterFactory $refundLimiter,
    ) {
    }

    public function refund(TicketOrder $order, string $requestedBy, ?int $amountCents = null): bool
    {
        if (TicketOrder::STATUS_PAID !== $order->getStatus()) {
            $this->logger->info('Refund skipped for {order}: status {status}', [
                'order' => $order->getOrderNumber(),
                'status' => $order->getStatus(),
            ]);

            return false;
        }

        $limit = $this->refundLimiter->create($requestedBy)->consume();
        if (!$limit->isAccepted()) {
            $this->logger->warning('Refund rate limit hit by operator {operator}', ['operator' => $requestedBy]);

            return false;
        }

        $body = [
            'reference' => $order->getOrderNumber(),
            'amount' => $amountCents ?? $order->getTotalCents(),
        ];
        if (null !== $order->getPaymentMethodId()) {
            $body['payment_method'] = $order->getPaymentMethodId();
        } else {
            $body['card'] = ['number' => $order->getBoxOfficeCardNumber()];
        }

        $response = $this->payments->request('POST', '/v1/refunds', ['json' => $body]);
        $status = $response->getStatusCode();
        if ($status >= 300) {
            $this->logger->error('Refund for {order} rejected with HTTP {status}', [
                'order' => $order->getOrderNumber(),
                'status' => $status,
                'card_last4' => $order->getCardLast4(),
            ]);

            return false;
        }

        $order->setStatus(TicketOrder::STATUS_REFUNDED);
        $order->setBoxOfficeCardNumber(null)->setBoxOfficeCid(null);
        $this->em->flush();

        $this->logger->info('Order {order} refunded ({amount} cents) by {operator}', [
            'order' => $order->getOrderNumber(),
            'amount' => $body['amount'],
            'operator' => $requestedBy,
        ]);

        return true;
    }
}
