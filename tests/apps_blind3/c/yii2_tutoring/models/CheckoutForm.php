<?php

namespace app\models;

use yii\base\Model;

/** Checkout form; the card is sent to the gateway and never saved from here. */
class CheckoutForm extends Model
{
    public $invoiceId;
    public $cardNumber;
    public $expiry;
    public $cvc;
    public $cardholder;
    public $saveCard = false;

    public function rules()
    {
        return [
            [['invoiceId', 'cardNumber', 'expiry', 'cvc'], 'required'],
            ['cardNumber', 'match', 'pattern' => '/^\d{13,19}$/'],
            ['cvc', 'match', 'pattern' => '/^\d{3,4}$/'],
            ['saveCard', 'boolean'],
        ];
    }
}
