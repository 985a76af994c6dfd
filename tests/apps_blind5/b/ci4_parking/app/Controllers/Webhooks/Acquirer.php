<?php

namespace App\Controllers\Webhooks;

use App\Models\PermitPaymentModel;
use CodeIgniter\Controller;

class Acquirer extends Controller
{
    public function notify()
    {
        $payload   = (string) $this->request->getBody();
        $signature = $this->request->getHeaderLine('X-Acquirer-Signature');
        if (! hash_equals(hash_hmac('sha256', $payload, (string) env('acquirer.webhookSecret')), $signature)) {
            return $this->response->setStatusCode(400);
        }

        $event    = json_decode($payload, true);
        $payments = new PermitPaymentModel();
        $payment  = $payments->where('acquirer_txn_id', $event['transaction_id'])->first();
        if ($payment === null) {
            log_message('notice', 'Webhook for unknown transaction {txn}', ['txn' => $event['transaction_id']]);

            return $this->response->setStatusCode(200);
        }

        switch ($event['type']) {
            case 'chargeback':
                $payments->update($payment['id'], ['status' => 'chargeback']);
                log_message('alert', 'Chargeback on permit {ref} ({amount}p), reason {reason}', [
                    'ref'    => $payment['permit_ref'],
                    'amount' => $payment['amount_pence'],
                    'reason' => $event['reason_code'] ?? '?',
                ]);
                break;

            case 'refund':
                $payments->update($payment['id'], ['status' => 'refunded']);
                log_message('info', 'Permit {ref} refunded', ['ref' => $payment['permit_ref']]);
                break;

            default:
                log_message('debug', 'Ignored acquirer event {type}', ['type' => $event['type']]);
        }

        return $this->response->setStatusCode(204);
    }
}
