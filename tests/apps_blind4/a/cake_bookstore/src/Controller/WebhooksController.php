<?php
declare(strict_types=1);

namespace App\Controller;

use Braintree\Gateway;
use Braintree\WebhookNotification;
use Cake\Core\Configure;
use Cake\Event\EventInterface;
use Cake\Http\Response;
use Cake\Log\Log;

/**
 * Braintree webhooks: disputes and settlement updates.
 */
class WebhooksController extends AppController
{
    public function beforeFilter(EventInterface $event): void
    {
        parent::beforeFilter($event);
        $this->Authentication->allowUnauthenticated(['braintree']);
    }

    public function braintree(): Response
    {
        $this->request->allowMethod(['post']);
        $gateway = new Gateway([
            'environment' => Configure::read('Payments.environment'),
            'merchantId' => Configure::read('Payments.merchantId'),
            'publicKey' => env('BT_PUBLIC_KEY'),
            'privateKey' => env('BT_PRIVATE_KEY'),
        ]);
        try {
            $notification = $gateway->webhookNotification()->parse(
                $this->request->getData('bt_signature'),
                $this->request->getData('bt_payload')
            );
        } catch (\Braintree\Exception\InvalidSignature $e) {
            Log::warning('braintree webhook with invalid signature from ' . $this->request->clientIp(), ['scope' => 'payments']);

            return $this->response->withStatus(400);
        }

        switch ($notification->kind) {
            case WebhookNotification::DISPUTE_OPENED:
                $dispute = $notification->dispute;
                Log::alert(sprintf(
                    'dispute %s opened on txn %s amount=%s reason=%s',
                    $dispute->id,
                    $dispute->transaction->id,
                    $dispute->amountDisputed,
                    $dispute->reason
                ), ['scope' => 'payments']);
                break;
            case WebhookNotification::TRANSACTION_SETTLED:
                Log::info('txn settled ' . $notification->transaction->id, ['scope' => 'payments']);
                break;
            default:
                Log::debug("ignored braintree webhook kind={$notification->kind}", ['scope' => 'payments']);
        }

        return $this->response->withStatus(200);
    }
}
