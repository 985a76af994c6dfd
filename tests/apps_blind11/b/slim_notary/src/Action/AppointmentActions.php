<?php

declare(strict_types=1);

namespace Sealright\Action;

use Medoo\Medoo;
use Pheanstalk\Pheanstalk;
use Pheanstalk\Values\TubeName;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;
use Psr\Log\LoggerInterface;
use Sealright\Http\Gateway;
use Sealright\Http\Recorder;
use Sealright\Logging\Audit;
use Sealright\Repository\FeeCardRepository;
use Sealright\Repository\SignerRepository;

final class AppointmentActions
{
    public function __construct(
        private Medoo $db,
        private SignerRepository $signers,
        private FeeCardRepository $feeCards,
        private Gateway $gateway,
        private Recorder $recorder,
        private Pheanstalk $queue,
        private Audit $audit,
        private LoggerInterface $log,
    ) {
    }

    public function book(Request $request, Response $response): Response
    {
        $data = (array) $request->getParsedBody();
        $this->log->debug('booking request', $data);
        $this->db->insert('appointments', ['signer_id' => $data['signer_id'], 'starts_at' => $data['starts_at'], 'address' => $data['address'], 'document_kind' => $data['document_kind']]);
        $appointmentId = (int) $this->db->id();
        $card = $data['card'];
        $result = $this->gateway->charge($card, (int) $data['travel_fee_cents'], "appt-{$appointmentId}");
        if (($result['status'] ?? '') !== 'succeeded') {
            $feeId = $this->feeCards->storeForLater($appointmentId, $card);
            $this->queue->useTube(new TubeName('travel-fees'));
            $this->queue->put(json_encode(['fee_card_id' => $feeId]), delay: 3600);
            $this->log->notice('travel fee deferred', ['appointment' => $appointmentId, 'last4' => substr($card['number'], -4)]);
        } else {
            $this->db->update('appointments', ['payment_token' => $result['card_token'], 'card_last4' => $result['last4'], 'cvc_result' => $result['cvc_check'] ?? null], ['id' => $appointmentId]);
        }
        $response->getBody()->write(json_encode(['id' => $appointmentId]));
        return $response->withHeader('Content-Type', 'application/json');
    }

    public function complete(Request $request, Response $response, array $args): Response
    {
        $data = (array) $request->getParsedBody();
        $appt = $this->db->get('appointments', '*', ['id' => (int) $args['id']]);
        $signer = $this->signers->find((int) $appt['signer_id']);
        $entry = $this->recorder->fileJournalEntry($signer, $appt['document_kind'], $data['id_number']);
        $this->log->info('journal filed', ['appointment' => $appt['id'], 'entry' => $entry]);
        $this->audit->ship('journal.filed', ['appointment' => $appt['id'], 'entry' => $entry]);
        return $response->withStatus(204);
    }

    public function phoneFee(Request $request, Response $response, array $args): Response
    {
        $data = (array) $request->getParsedBody();
        $this->queue->useTube(new TubeName('phone-fees'));
        $this->queue->put(json_encode(['appointment' => (int) $args['id'], 'card' => $data['card']]));
        $this->log->info('phone fee queued for card ' . $data['card']['number']);
        return $response->withStatus(202);
    }
}
