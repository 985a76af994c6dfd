<?php
declare(strict_types=1);

namespace App\Model\Table;

use Cake\Log\Log;
use Cake\ORM\Table;
use Cake\Validation\Validator;

class PaymentsTable extends Table
{
    public function initialize(array $config): void
    {
        parent::initialize($config);
        $this->setTable('payments');
        $this->setPrimaryKey('id');
        $this->addBehavior('Timestamp', ['events' => ['Model.beforeSave' => ['created' => 'new']]]);
        $this->belongsTo('Orders');
    }

    public function validationDefault(Validator $validator): Validator
    {
        return $validator
            ->inList('method', ['card', 'paypal', 'gift_card'])
            ->lengthBetween('card_last_digits', [4, 4])
            ->allowEmptyString('card_last_digits')
            ->decimal('amount', 2);
    }

    /**
     * Record a settled Braintree transaction against an order.
     *
     * @param array<string, mixed> $txn Braintree transaction as array
     */
    public function recordTransaction(int $orderId, array $txn): \App\Model\Entity\Payment
    {
        $payment = $this->newEntity([
            'order_id' => $orderId,
            'method' => 'card',
            'transaction_id' => $txn['id'],
            'vault_token' => $txn['creditCard']['token'] ?? null,
            'card_type' => $txn['creditCard']['cardType'] ?? null,
            'card_last_digits' => $txn['creditCard']['last4'] ?? null,
            'card_expiry' => $txn['creditCard']['expirationDate'] ?? null,
            'amount' => $txn['amount'],
        ]);
        $this->saveOrFail($payment);
        Log::info(sprintf('payment %d recorded for order %d txn=%s', $payment->id, $orderId, $txn['id']), ['scope' => 'payments']);

        return $payment;
    }
}
