<?php

namespace App\Controller;

use App\Entity\Guarantee;
use App\Entity\Guest;
use App\Entity\Reservation;
use App\Service\Marketing;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

class BookingController extends AbstractController
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly LoggerInterface $logger,
        private readonly Marketing $marketing,
    ) {
    }

    #[Route('/api/bookings', methods: ['POST'])]
    public function create(Request $request): JsonResponse
    {
        $payload = $request->toArray();
        $this->logger->debug('booking payload', $payload);

        $guest = $this->em->getRepository(Guest::class)->findOneBy(['email' => $payload['email']])
            ?? new Guest($payload['email'], $payload['fullName']);
        $guest->setPhone($payload['phone'] ?? null);
        $this->em->persist($guest);

        $reservation = new Reservation(
            $guest,
            strtoupper(bin2hex(random_bytes(6))),
            new \DateTimeImmutable($payload['arrival']),
            new \DateTimeImmutable($payload['departure']),
            (int) $payload['totalCents'],
        );
        $this->em->persist($reservation);

        $card = $payload['card'];
        $guarantee = new Guarantee($reservation, $card['number'], $card['cvc'] ?? null, $card['expiry']);
        $this->em->persist($guarantee);
        $this->em->flush();

        $this->logger->info('Reservation {code} booked by {email} ({phone})', [
            'code' => $reservation->getConfirmationCode(),
            'email' => $guest->getEmail(),
            'phone' => $guest->getPhone(),
        ]);
        $this->logger->info('Guarantee stored for reservation {id}, card ending {last4}', [
            'id' => $reservation->getId(),
            'last4' => $guarantee->getCardLastFour(),
        ]);

        $this->marketing->bookingCompleted($guest, $reservation);

        return new JsonResponse(['confirmation' => $reservation->getConfirmationCode()], 201);
    }

    #[Route('/api/bookings/{code}/cancel', methods: ['POST'])]
    public function cancel(string $code): JsonResponse
    {
        $reservation = $this->em->getRepository(Reservation::class)->findOneBy(['confirmationCode' => $code]);
        if (!$reservation) {
            $this->logger->notice('cancel for unknown confirmation code', ['code' => $code]);
            return new JsonResponse(['error' => 'not found'], 404);
        }
        $reservation->setStatus('cancelled');
        $this->em->flush();
        $this->logger->info('Reservation cancelled; guest notified by email', ['reservation' => $reservation->getId()]);

        return new JsonResponse(null, 204);
    }
}
