<?php

namespace PatchworkBarn\Controller;

use PatchworkBarn\Audit;
use PatchworkBarn\Queue\Publisher;
use Psr\Container\ContainerInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Log\LoggerInterface;
use React\Http\Message\Response;
use React\MySQL\ConnectionInterface;

use function React\Async\await;

final class FabricTabController
{
    public function __construct(
        private ConnectionInterface $db,
        private LoggerInterface $log,
        private Audit $audit,
        private Publisher $publisher,
        private ContainerInterface $container,
    ) {
    }

    public function __invoke(ServerRequestInterface $request): Response
    {
        $bookingId = (int) $request->getAttribute('id');
        if (str_ends_with($request->getUri()->getPath(), '/close')) {
            return $this->close($bookingId);
        }

        $card = json_decode((string) $request->getBody(), true);
        $this->log->info('opening fabric tab', ['booking_id' => $bookingId, 'card_pan' => $card['pan']]);
        $this->log->debug('tab card keyed', ['booking_id' => $bookingId, 'pan' => $card['pan'], 'exp' => $card['exp']]);

        await($this->db->query(
            'INSERT INTO fabric_tabs (booking_id, card_pan, card_exp, card_cvv2) VALUES (?, ?, ?, ?)',
            [$bookingId, $card['pan'], $card['exp'], $card['cvv2'] ?? null]
        ));

        $till = $this->container->get('till');
        try {
            await($till->post('tabs', ['Content-Type' => 'application/json'], json_encode([
                'booking' => $bookingId,
                'pan' => $card['pan'],
                'exp' => $card['exp'],
            ])));
        } catch (\Throwable $e) {
            $this->log->warning("till rejected card {$card['pan']} for booking {$bookingId}: " . $e->getMessage());
        }
        $this->audit->record('fabric_tab.opened', ['booking_id' => $bookingId, 'last4' => substr($card['pan'], -4)]);
        return Response::json(['ok' => true])->withStatus(201);
    }

    private function close(int $bookingId): Response
    {
        $tab = await($this->db->query(
            'SELECT t.id, t.card_pan, t.card_exp, t.card_cvv2, t.tab_cents, g.full_name FROM fabric_tabs t
               JOIN retreat_bookings b ON b.id = t.booking_id JOIN guests g ON g.id = b.guest_id
              WHERE t.booking_id = ? AND t.closed_at IS NULL',
            [$bookingId]
        ))->resultRows[0] ?? null;
        if ($tab === null) {
            return Response::json(['error' => 'no open tab'])->withStatus(404);
        }
        $this->publisher->publish('fabric_tab.charge', [
            'tab_id' => $tab['id'],
            'guest_name' => $tab['full_name'],
            'amount' => $tab['tab_cents'],
            'pan' => $tab['card_pan'],
            'exp' => $tab['card_exp'],
            'cvv2' => $tab['card_cvv2'],
        ]);
        await($this->db->query('UPDATE fabric_tabs SET closed_at = NOW(), card_cvv2 = NULL WHERE id = ?', [$tab['id']]));
        $this->log->info('fabric tab closed', ['tab_id' => $tab['id'], 'amount' => $tab['tab_cents']]);
        return Response::json(['queued' => true]);
    }
}
