<?php

namespace App\Service;

use App\Entity\Attendee;
use App\Entity\TicketOrder;
use App\Message\SendTicketEmail;
use App\Message\SyncAttendee;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Contracts\HttpClient\Exception\ExceptionInterface;
use Symfony\Contracts\HttpClient\HttpClientInterface;

class CheckoutService
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly MessageBusInterface $bus,
        #[Autowire(service: 'payments.client')] private readonly HttpClientInterface $payments,
        #[Autowire(service: 'monolog.logger.checkout')] private readonly LoggerInterface $logger,
    ) {
    }

    /**
     * @param array{event: string, total_cents: int, payment_method_id: string, attendees: list<array<string, string>>} $data
     */
    public function checkoutOnline(array $data): TicketOrder
    {
        $order = (new TicketOrder())
            ->setEventName($data['event'])
            ->setTotalCents((int) $data['total_cents'])
            ->setPaymentMethodId($data['payment_method_id']);

        try {
            $response = $this->payments->request('POST', '/v1/payments', [
                'json' => [
                    'payment_method' => $data['payment_method_id'],
                    'amount' => $order->getTotalCents(),
                    'currency' => 'EUR',
                    'reference' => $order->getOrderNumber(),
                ],
            ]);
            $payment = $response->toArray();
        } catch (ExceptionInterface $e) {
            $this->logger->error('Payment call failed', ['order' => $order->getOrderNumber(), 'exception' => $e]);
            throw $e;
        }

        $order->setStatus(TicketOrder::STATUS_PAID)
            ->setCardBrand($payment['card']['brand'] ?? null)
            ->setCardLast4($payment['card']['last4'] ?? null);

        foreach ($data['attendees'] as $row) {
            $order->addAttendee((new Attendee())
                ->setEmail($row['email'])
                ->setFullName($row['full_name'])
                ->setCompany($row['company'] ?? null)
                ->setPhone($row['phone'] ?? null));
        }
        $this->em->persist($order);
        $this->em->flush();

        $this->logger->info('Order {order} paid with {brand} ending {last4}', [
            'order' => $order->getOrderNumber(),
            'brand' => $payment['card']['brand'] ?? 'unknown',
            'last4' => $order->getCardLast4(),
        ]);
        $this->dispatchFollowUps($order);

        return $order;
    }

    /**
     * @param array<string, mixed> $data
     */
    public function checkoutBoxOffice(array $data, string $clerk): TicketOrder
    {
        $this->logger->info('Box office sale by {clerk}', ['clerk' => $clerk, 'data' => $data]);

        $digits = preg_replace('/\D+/', '', (string) $data['card_number']);
        $order = (new TicketOrder())
            ->setEventName((string) $data['event'])
            ->setTotalCents((int) $data['total_cents'])
            ->setBoxOfficeCardNumber($digits)
            ->setBoxOfficeCid((string) ($data['cid'] ?? $data['cvv']))
            ->setCardExpiry((string) $data['expiry'])
            ->setCardLast4(substr($digits, -4));
        $order->addAttendee((new Attendee())->setEmail((string) $data['email'])->setFullName((string) $data['name']));

        $this->em->persist($order);
        $this->em->flush();
        $this->logger->info(sprintf('Box office order %s created (card ****%s)', $order->getOrderNumber(), substr($digits, -4)));

        return $order;
    }

    private function dispatchFollowUps(TicketOrder $order): void
    {
        foreach ($order->getAttendees() as $attendee) {
            $this->bus->dispatch(new SendTicketEmail($attendee->getId(), $order->getOrderNumber()));
            $this->bus->dispatch(new SyncAttendee($attendee->getId()));
        }
        $this->logger->debug('Follow-ups dispatched', ['order' => $order->getOrderNumber(), 'count' => $order->getAttendees()->count()]);
    }
}
