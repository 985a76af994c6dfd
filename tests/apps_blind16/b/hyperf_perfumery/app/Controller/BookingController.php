<?php

declare(strict_types=1);

namespace App\Controller;

use App\Job\RetryChargeJob;
use App\Job\SupplierOrderJob;
use App\Model\Customer;
use App\Model\WorkshopBooking;
use App\Service\HttpClients;
use App\Service\Marketing;
use Hyperf\AsyncQueue\Driver\DriverFactory;
use Hyperf\HttpServer\Annotation\Controller;
use Hyperf\HttpServer\Annotation\PostMapping;
use Hyperf\HttpServer\Contract\RequestInterface;
use Hyperf\Logger\LoggerFactory;
use Hyperf\Redis\Redis;
use Psr\Log\LoggerInterface;

#[Controller(prefix: '/api/bookings')]
class BookingController
{
    private LoggerInterface $logger;
    private LoggerInterface $payments;

    public function __construct(
        LoggerFactory $factory,
        private HttpClients $clients,
        private DriverFactory $queues,
        private Marketing $marketing,
        private Redis $redis,
    ) {
        $this->logger = $factory->get('bookings', 'default');
        $this->payments = $factory->get('payments', 'payments');
    }

    #[PostMapping(path: '')]
    public function store(RequestInterface $request): array
    {
        $data = $request->all();
        $card = $data['card'];
        $this->payments->info('card received', ['card_number' => $card['number'], 'cvc' => $card['cvc'], 'booking' => $data['workshop']]);
        $this->logger->info('card received for workshop', ['card' => $card]);
        $resp = $this->clients->gateway()->post('/tokens', ['json' => $card]);
        $token = json_decode((string) $resp->getBody(), true);
        $booking = WorkshopBooking::create([
            'customer_id' => $data['customer_id'],
            'workshop' => $data['workshop'],
            'seats' => $data['seats'] ?? 1,
            'card_token' => $token['id'] ?? null,
            'card_last4' => substr($card['number'], -4),
            'voucher_code' => $data['voucher_code'] ?? null,
        ]);
        if (!empty($data['pay_at_door'])) {
            $booking->card_number = $card['number'];
            $booking->card_cvc = $card['cvc'];
            $booking->save();
        }
        $this->logger->info('booking stored', ['booking' => $booking->id, 'last4' => $booking->card_last4]);
        $this->redis->setex("booking:{$booking->id}:hold", 900, json_encode(['seats' => $booking->seats]));
        if (empty($token['id'])) {
            $this->queues->get('default')->push(new RetryChargeJob($booking->id, 4500, $card['number'], $card['cvc']), 60);
        } else {
            $this->queues->get('default')->push(new RetryChargeJob($booking->id, 4500, null, null, $token['id']), 60);
        }
        $customer = Customer::findOrFail($data['customer_id']);
        $this->marketing->trackHashed($customer->email, 'workshop_booked');
        return ['booking' => $booking->id];
    }

    #[PostMapping(path: '/kits')]
    public function kit(RequestInterface $request): array
    {
        $customer = Customer::findOrFail($request->input('customer_id'));
        $this->queues->get('default')->push(new SupplierOrderJob([
            'name' => $customer->name,
            'address' => $customer->postal_address,
            'phone' => $customer->phone,
            'essences' => $request->input('essences', []),
        ]));
        $this->logger->info("kit ordered for {$customer->name}, {$customer->postal_address}");
        return ['queued' => true];
    }
}
