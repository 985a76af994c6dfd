<?php

namespace app\models;

use yii\db\ActiveRecord;

/**
 * @property int $id
 * @property int $member_id
 * @property string $vault_token
 * @property string $brand
 * @property string $last_digits
 */
class PaymentCard extends ActiveRecord
{
    public static function tableName()
    {
        return '{{%payment_card}}';
    }

    public function rules()
    {
        return [
            [['member_id', 'vault_token'], 'required'],
            ['last_digits', 'string', 'length' => 4],
            [['exp_month', 'exp_year'], 'integer'],
        ];
    }
}
