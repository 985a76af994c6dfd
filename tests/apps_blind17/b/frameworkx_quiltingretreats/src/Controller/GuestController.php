<?php

namespace PatchworkBarn\Controller;

use PatchworkBarn\Audit;
use PatchworkBarn\Vendor\HunterVerifier;
use PatchworkBarn\Vendor\ResendAudience;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Log\LoggerInterface;
use React\Http\Message\Response;
use React\MySQL\ConnectionInterface;

use function React\Async\await;

final class GuestController
{
    public function __construct(
        private ConnectionInterface $db,
        private LoggerInterface $log,
        private Audit $audit,
        private HunterVerifier $hunter,
        private ResendAudience $audience,
    ) {
    }

    public function __invoke(ServerRequestInterface $request): Response
    {
        if ($request->getMethod() === 'GET') {
            return $this->show((int) $request->getAttribute('id'));
        }

        $body = json_decode((string) $request->getBody(), true);
        $this->log->debug('guest registration', $body);

        if (!$this->hunter->deliverable($body['email'])) {
            $this->log->notice('undeliverable email at registration: ' . $body['email']);
            return Response::json(['error' => 'please check your email address'])->withStatus(422);
        }

        $result = await($this->db->query(
            'INSERT INTO guests (full_name, email, phone, dietary_notes) VALUES (?, ?, ?, ?)',
            [$body['full_name'], $body['email'], $body['phone'] ?? null, $body['dietary_notes'] ?? null]
        ));
        $id = $result->insertId;
        $this->log->info('guest registered', ['guest_id' => $id]);
        $this->audit->record('guest.registered', ['guest_id' => $id, 'email' => $body['email'], 'ip' => $request->getServerParams()['REMOTE_ADDR'] ?? null]);

        if (!empty($body['newsletter'])) {
            $this->audience->subscribe($body['email'], $body['full_name']);
        }
        return Response::json(['id' => $id])->withStatus(201);
    }

    private function show(int $id): Response
    {
        $result = await($this->db->query('SELECT id, full_name, email, phone FROM guests WHERE id = ?', [$id]));
        if ($result->resultRows === []) {
            return Response::json(['error' => 'not found'])->withStatus(404);
        }
        $guest = $result->resultRows[0];
        $this->log->info('guest viewed', ['guest_id' => $id]);
        return Response::json(['id' => $guest['id'], 'name' => $guest['full_name']]);
    }
}
