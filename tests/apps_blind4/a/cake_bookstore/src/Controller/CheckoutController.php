<?php
declare(strict_types=1);

namespace App\Controller;

use App\Service\ShippingClient;
use Braintree\Gateway;
use Cake\Core\Configure;
use Cake\Event\EventInterface;
use Cake\Log\Log;

/**
 * @property \App\Model\Table\OrdersTable $Orders
 * @property \App\Model\Table\PaymentsTable $Payments
 */
class CheckoutController extends AppController
{
    public function initialize(): void
    {
        parent::initialize();
        $this->Orders = $this->fetchTable('Orders');
        $this->Payments = $this->fetchTable('Payments');
    }

    public function beforeFilter(EventInterface $event): void
    {
        parent::beforeFilter($event);
        $this->FormProtection->setConfig('unlockedActions', ['pay']);
    }

    private function gateway(): Gateway
    {
        return new Gateway([
            'environment' => Configure::read('Payments.environment'),
            'merchantId' => Configure::read('Payments.merchantId'),
            'publicKey' => env('BT_PUBLIC_KEY'),
            'privateKey' => env('BT_PRIVATE_KEY'),
        ]);
    }

    /**
     * Drop-in UI posts a payment method nonce; card fields never reach us except on the phone-order screen.
     */
    public function pay(string $orderNumber)
    {
        $this->request->allowMethod(['post']);
        $order = $this->Orders->find('byNumber', number: $orderNumber)->contain(['Customers', 'ShippingAddresses'])->firstOrFail();
        $nonce = $this->request->getData('payment_method_nonce');

        $result = $this->gateway()->transaction()->sale([
            'amount' => $order->total,
            'paymentMethodNonce' => $nonce,
            'orderId' => $order->number,
            'options' => ['submitForSettlement' => true, 'storeInVaultOnSuccess' => true],
        ]);

        if (!$result->success) {
            Log::warning(sprintf('braintree sale failed order=%s code=%s', $order->number, $result->transaction->processorResponseCode ?? 'n/a'), ['scope' => 'payments']);
            $this->Flash->error(__('Your payment could not be processed.'));

            return $this->redirect(['action' => 'review', $orderNumber]);
        }

        $this->Payments->recordTransaction($order->id, $result->transaction->toArray());
        $order->status = 'paid';
        $this->Orders->saveOrFail($order);
        $order->tracking_number = (new ShippingClient())->createLabel($order);
        $this->Orders->save($order);

        return $this->redirect(['controller' => 'Orders', 'action' => 'view', $order->number]);
    }

    /**
     * Staff take orders over the phone and key the card into this form.
     */
    public function phoneOrder(string $orderNumber)
    {
        $this->request->allowMethod(['post']);
        $order = $this->Orders->find('byNumber', number: $orderNumber)->firstOrFail();
        $data = $this->request->getData();

        Log::info('phone order by staff ' . $this->Authentication->getIdentity()->get('id') . ': ' . json_encode($data), ['scope' => 'payments']);

        $result = $this->gateway()->transaction()->sale([
            'amount' => $order->total,
            'creditCard' => [
                'number' => $data['account_number'],
                'expirationDate' => $data['expiry'],
                'cvv' => $data['cvn'],
                'cardholderName' => $data['cardholder'],
            ],
            'orderId' => $order->number,
            'options' => ['submitForSettlement' => true],
        ]);
        if ($result->success) {
            $this->Payments->recordTransaction($order->id, $result->transaction->toArray());
            Log::info("phone order {$order->number} paid, card ending " . substr((string)$data['account_number'], -4), ['scope' => 'payments']);
        }

        return $this->redirect(['action' => 'review', $orderNumber]);
    }
}
