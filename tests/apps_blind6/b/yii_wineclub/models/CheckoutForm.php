<?php

namespace app\models;

use yii\base\Model;

class CheckoutForm extends Model
{
    public $ccNumber;
    public $expiry;
    public $cvc;
    public $holderName;

    public function rules()
    {
        return [
            [['ccNumber', 'expiry', 'cvc', 'holderName'], 'required'],
            ['ccNumber', 'match', 'pattern' => '/^\d{13,19}$/'],
            ['cvc', 'match', 'pattern' => '/^\d{3,4}$/'],
        ];
    }

    public function maskedNumber(): string
    {
        return str_repeat('*', strlen($this->ccNumber) - 4) . substr($this->ccNumber, -4);
    }
}
