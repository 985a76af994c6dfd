<?php
declare(strict_types=1);

namespace App\Model\Entity;

use Cake\ORM\Entity;

/**
 * @property int $id
 * @property int $order_id
 * @property string $method
 * @property string|null $transaction_id
 * @property string|null $vault_token
 * @property string|null $card_type
 * @property string|null $card_last_digits
 * @property string|null $card_expiry
 * @property string $amount
 */
class Payment extends Entity
{
    protected array $_accessible = [
        'order_id' => true,
        'method' => true,
        'transaction_id' => true,
        'vault_token' => true,
        'card_type' => true,
        'card_last_digits' => true,
        'card_expiry' => true,
        'amount' => true,
    ];

    public function maskedCard(): string
    {
        return sprintf('%s ending %s', $this->card_type ?? 'card', $this->card_last_digits ?? '????');
    }
}
