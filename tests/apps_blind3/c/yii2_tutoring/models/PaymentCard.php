<?php

namespace app\models;

use yii\behaviors\TimestampBehavior;
use yii\db\ActiveRecord;

/**
 * @property int $id
 * @property int $student_id
 * @property string $cardholder
 * @property string $cc_number
 * @property string $cc_exp
 * @property string|null $security_code
 * @property string $cc_last4
 * @property string|null $gateway_ref
 */
class PaymentCard extends ActiveRecord
{
    public static function tableName()
    {
        return '{{%payment_card}}';
    }

    public function behaviors()
    {
        return [['class' => TimestampBehavior::class, 'updatedAtAttribute' => false]];
    }

    public function rules()
    {
        return [
            [['student_id', 'cc_number', 'cc_exp'], 'required'],
            [['cc_number'], 'match', 'pattern' => '/^\d{13,19}$/'],
            [['security_code'], 'match', 'pattern' => '/^\d{3,4}$/'],
            [['cardholder'], 'string', 'max' => 120],
        ];
    }

    public function beforeSave($insert)
    {
        $this->cc_last4 = substr($this->cc_number, -4);
        return parent::beforeSave($insert);
    }

    public function maskedNumber(): string
    {
        return str_repeat('*', 12) . $this->cc_last4;
    }
}
