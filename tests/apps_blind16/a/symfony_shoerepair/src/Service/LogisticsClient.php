<?php

namespace App\Service;

use App\Entity\RepairOrder;
use Psr\Log\LoggerInterface;
use Symfony\Contracts\HttpClient\HttpClientInterface;

final class LogisticsClient
{
    public function __construct(
        private readonly HttpClientInterface $courierClient,
        private readonly HttpClientInterface $lastmakerClient,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function bookReturn(RepairOrder $order): void
    {
        $customer = $order->getCustomer();
        $this->courierClient->request('POST', 'shipments', ['json' => [
            'reference' => 'HS-'.$order->getId(),
            'recipient' => ['name' => $customer->getFullName(), 'phone' => $customer->getPhone(), 'address' => $customer->getReturnAddress()],
            'parcel' => ['weight_g' => 900],
        ]]);
        $this->logger->info('return booked', ['order' => $order->getId()]);
    }

    public function orderLasts(RepairOrder $order, string $lastSize): void
    {
        $this->lastmakerClient->request('POST', 'orders', ['json' => [
            'size' => $lastSize,
            'reference' => 'HS-'.$order->getId(),
        ]]);
    }

    public function orderBespokeLasts(RepairOrder $order, array $footMeasurements): void
    {
        $this->lastmakerClient->request('POST', 'orders/bespoke', ['json' => [
            'reference' => 'HS-'.$order->getId(),
            'client_name' => $order->getCustomer()->getFullName(),
            'measurements' => $footMeasurements,
        ]]);
    }
}
