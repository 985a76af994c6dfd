<?php

namespace PatchworkBarn\Controller;

use PatchworkBarn\Queue\Publisher;
use PatchworkBarn\Vendor\InspectorReporter;
use PatchworkBarn\Vendor\MillShuttle;
use Psr\Container\ContainerInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Log\LoggerInterface;
use React\Http\Message\Response;
use React\MySQL\ConnectionInterface;

use function React\Async\await;

final class BookingController
{
    public function __construct(
        private ConnectionInterface $db,
        private LoggerInterface $log,
        private ContainerInterface $container,
        private Publisher $publisher,
        private MillShuttle $shuttle,
        private InspectorReporter $inspector,
    ) {
    }

    public function __invoke(ServerRequestInterface $request): Response
    {
        $b = json_decode((string) $request->getBody(), true);
        $gateway = $this->container->get('gateway');

        try {
            $response = await($gateway->post('payment_intents', ['Content-Type' => 'application/json'], json_encode([
                'amount' => $b['deposit_cents'],
                'currency' => 'gbp',
                'payment_method' => $b['payment_method_id'],
                'confirm' => true,
            ])));
        } catch (\Throwable $e) {
            $this->inspector->bookingFailed($e, $b['guest_id'], $b['guest_email'] ?? null);
            $this->log->error('deposit failed', ['guest_id' => $b['guest_id'], 'error' => $e->getMessage()]);
            return Response::json(['error' => 'payment failed'])->withStatus(402);
        }
        $intent = json_decode((string) $response->getBody(), true);

        $result = await($this->db->query(
            'INSERT INTO retreat_bookings (guest_id, retreat_code, sewing_machine, deposit_cents, payment_intent, card_last4) VALUES (?, ?, ?, ?, ?, ?)',
            [$b['guest_id'], $b['retreat_code'], $b['sewing_machine'] ?? null, $b['deposit_cents'], $intent['id'], $intent['card']['last4'] ?? null]
        ));
        $this->log->info('retreat booked', ['booking_id' => $result->insertId, 'retreat' => $b['retreat_code'], 'last4' => $intent['card']['last4'] ?? null]);
        $this->publisher->publish('retreat.confirmation', ['booking_id' => $result->insertId]);

        if (!empty($b['shuttle_from_station'])) {
            $guest = await($this->db->query('SELECT full_name, phone FROM guests WHERE id = ?', [$b['guest_id']]))->resultRows[0];
            $this->shuttle->reserveSeat($b['retreat_code'], $guest['full_name'], $guest['phone']);
        }
        return Response::json(['booking_id' => $result->insertId])->withStatus(201);
    }
}
