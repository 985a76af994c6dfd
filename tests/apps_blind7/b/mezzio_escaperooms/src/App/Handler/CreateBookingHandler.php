<?php

declare(strict_types=1);

namespace App\Handler;

use App\Entity\Booking;
use App\Service\Marketing;
use App\Service\PaymentGateway;
use DateTimeImmutable;
use Doctrine\ORM\EntityManagerInterface;
use Laminas\Diactoros\Response\JsonResponse;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;
use Psr\Log\LoggerInterface;

final class CreateBookingHandler implements RequestHandlerInterface
{
    private const PRICE_PER_PLAYER = 2400;

    public function __construct(
        private EntityManagerInterface $em,
        private PaymentGateway $payments,
        private Marketing $marketing,
        private LoggerInterface $logger,
    ) {
    }

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $data = (array) $request->getParsedBody();
        $reference = strtoupper(substr(bin2hex(random_bytes(6)), 0, 10));
        $booking = new Booking(
            $reference,
            $data['room'],
            new DateTimeImmutable($data['starts_at']),
            trim($data['name']),
            strtolower(trim($data['email'])),
            $data['phone'] ?? null,
            (int) $data['players'],
            (int) $data['players'] * self::PRICE_PER_PLAYER,
        );
        $this->logger->info('New booking {reference} for {room}', [
            'reference' => $reference,
            'room' => $data['room'],
            'lead' => $data['name'],
            'email' => $data['email'],
            'phone' => $data['phone'] ?? null,
        ]);

        if (!empty($data['voucher'])) {
            $booking->applyVoucher($data['voucher']);
            $this->logger->info('Voucher {code} applied to {reference}', ['code' => $data['voucher'], 'reference' => $reference]);
        }

        $charge = $this->payments->chargeToken($data['payment_method_id'], $booking->getTotalPence(), $reference);
        $booking->markPaid($charge['token'], $charge['last4']);
        $this->em->persist($booking);
        $this->em->flush();

        $this->marketing->bookingConfirmed($booking);
        $this->marketing->purchaseEvent(
            $booking,
            $request->getServerParams()['REMOTE_ADDR'] ?? '',
            $request->getHeaderLine('User-Agent'),
        );
        $this->logger->info('Booking {id} paid ({brand} ending {last4})', [
            'id' => $booking->getId(),
            'brand' => $charge['brand'],
            'last4' => $charge['last4'],
        ]);

        return new JsonResponse(['reference' => $reference, 'status' => $booking->getStatus()], 201);
    }
}
