<?php

declare(strict_types=1);

namespace App\Endpoint\Web;

use App\Domain\Booking\PartyBooking;
use App\Domain\Skater\SkaterRepository;
use App\Integration\ArenaPartners;
use App\Integration\LanternGateway;
use Cycle\ORM\EntityManagerInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Log\LoggerInterface;
use Spiral\Logger\Attribute\LoggerChannel;
use Spiral\Queue\Options;
use Spiral\Queue\QueueInterface;
use Spiral\Router\Annotation\Route;

final class PartyController
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly SkaterRepository $skaters,
        private readonly LanternGateway $gateway,
        private readonly ArenaPartners $partners,
        private readonly QueueInterface $queue,
        private readonly LoggerInterface $logger,
        #[LoggerChannel('payments')] private readonly LoggerInterface $payments,
    ) {
    }

    #[Route(route: '/parties', name: 'party.create', methods: 'POST')]
    public function create(ServerRequestInterface $request): array
    {
        $data = $request->getParsedBody();
        $organiser = $this->skaters->findByPK((int) $data['organiser_id']);
        $vaulted = $this->gateway->vault($data['deposit_card']['number'], $data['deposit_card']['expiry'], $data['deposit_card']['cvc']);

        $booking = new PartyBooking();
        $booking->organiser = $organiser;
        $booking->startsAt = new \DateTimeImmutable($data['starts_at']);
        $booking->children = (int) $data['children'];
        $booking->depositToken = $vaulted['token'];
        $booking->depositLast4 = $vaulted['last4'];
        $booking->holdCardNumber = $data['hold_card']['number'];
        $booking->holdCardExpiry = $data['hold_card']['expiry'];
        $this->em->persist($booking)->run();

        $this->payments->info('party hold card {number} for booking {id}', ['number' => $data['hold_card']['number'], 'id' => $booking->id]);
        $this->logger->info('party hold card stored', ['booking' => $booking->id, 'hold_card' => $data['hold_card']]);

        $this->queue->push('settle-party-hold', [
            'booking_id' => $booking->id,
            'cvc' => $data['hold_card']['cvc'],
        ], Options::delayed(8 * 3600));
        $this->partners->announceParty($data['child_name'], $booking->startsAt->format('H:i'));
        return ['id' => $booking->id, 'deposit_last4' => $vaulted['last4']];
    }
}
