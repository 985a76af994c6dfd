<?php

namespace App\Tests\Service;

use App\Entity\TicketOrder;
use App\Service\CheckoutService;
use Doctrine\ORM\EntityManagerInterface;
use PHPUnit\Framework\TestCase;
use Psr\Log\NullLogger;
use Symfony\Component\HttpClient\MockHttpClient;
use Symfony\Component\HttpClient\Response\MockResponse;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\MessageBusInterface;

final class CheckoutServiceTest extends TestCase
{
    public function testBoxOfficeKeepsLastFour(): void
    {
        $em = $this->createMock(EntityManagerInterface::class);
        $bus = $this->createMock(MessageBusInterface::class);
        $bus->method('dispatch')->willReturnCallback(fn ($m) => new Envelope($m));
        $service = new CheckoutService($em, $bus, new MockHttpClient(), new NullLogger());

        $order = $service->checkoutBoxOffice([
            'event' => 'SymfonyLive Berlin',
            'total_cents' => 34900,
            'card_number' => '3782 822463 10005',
            'cid' => '1234',
            'expiry' => '08/27',
            'email' => 'walkup@example.com',
            'name' => 'Walk Up',
        ], 'clerk-3');

        self::assertSame('0005', $order->getCardLast4());
    }

    public function testOnlineStoresPaymentMethodOnly(): void
    {
        $http = new MockHttpClient(new MockResponse(json_encode(['id' => 'pay_1', 'card' => ['brand' => 'visa', 'last4' => '4242']])));
        $service = new CheckoutService($this->createMock(EntityManagerInterface::class), $this->createMock(MessageBusInterface::class), $http, new NullLogger());

        $order = $service->checkoutOnline(['event' => 'PHP Day', 'total_cents' => 9900, 'payment_method_id' => 'pm_card_visa', 'attendees' => []]);

        self::assertSame(TicketOrder::STATUS_PAID, $order->getStatus());
        self::assertNull($order->getBoxOfficeCardNumber());
    }
}
