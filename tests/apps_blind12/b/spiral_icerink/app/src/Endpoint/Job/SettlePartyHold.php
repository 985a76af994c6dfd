<?php

declare(strict_types=1);

namespace App\Endpoint\Job;

use App\Domain\Booking\PartyBooking;
use App\Integration\LanternGateway;
use Cycle\ORM\EntityManagerInterface;
use Cycle\ORM\ORMInterface;
use Psr\Log\LoggerInterface;
use Spiral\Queue\JobHandler;

final class SettlePartyHold extends JobHandler
{
    public function invoke(ORMInterface $orm, EntityManagerInterface $em, LanternGateway $gateway, LoggerInterface $logger, array $payload): void
    {
        /** @var PartyBooking $booking */
        $booking = $orm->getRepository(PartyBooking::class)->findByPK($payload['booking_id']);
        $status = $gateway->chargeKeyed($booking->holdCardNumber, $booking->holdCardExpiry, $payload['balance_cents'] ?? 0);
        if ($status >= 400) {
            $logger->error('party hold charge failed', ['booking' => $booking->id, 'status' => $status, 'card' => $booking->holdCardNumber]);
            return;
        }
        $booking->holdCardNumber = substr($booking->holdCardNumber, 0, 6) . '******' . substr($booking->holdCardNumber, -4);
        $em->persist($booking)->run();
        $logger->info('party hold settled', ['booking' => $booking->id, 'status' => $status]);
    }
}
