<?php

declare(strict_types=1);

namespace SmileDesk\Models;

use Phalcon\Mvc\Model;

/**
 * Card on file for treatment-plan instalments.
 *
 * `card_number` was added when the practice moved from the old terminal; the reception
 * team needed to re-key it for the monthly instalments. `card_token` is the gateway token
 * that newer records use instead.
 */
class PaymentCards extends Model
{
    public ?int $id = null;
    public int $patient_id;
    public ?string $card_token = null;
    public ?string $card_number = null;
    public ?string $expiry = null;
    public ?string $security_code = null;
    public ?string $last_four = null;
    public ?string $brand = null;

    public function initialize(): void
    {
        $this->setSource('payment_cards');
        $this->belongsTo('patient_id', Patients::class, 'id', ['alias' => 'patient']);
        $this->skipAttributesOnUpdate(['patient_id']);
    }

    public function beforeSave(): void
    {
        if ($this->card_number !== null) {
            $this->last_four = substr($this->card_number, -4);
        }
    }

    public function masked(): string
    {
        return sprintf('%s ending %s', $this->brand ?? 'card', $this->last_four ?? '????');
    }
}
