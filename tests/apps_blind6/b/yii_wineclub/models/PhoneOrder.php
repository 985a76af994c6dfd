<?php

namespace app\models;

use yii\db\ActiveRecord;

/**
 * Orders taken by cellar staff over the phone.
 *
 * @property int $id
 * @property int $member_id
 * @property string $card_no
 * @property string $cid
 * @property string $amount
 * @property string $order_number
 */
class PhoneOrder extends ActiveRecord
{
    public static function tableName()
    {
        return '{{%phone_order}}';
    }

    public function rules()
    {
        return [
            [['member_id', 'amount', 'card_no'], 'required'],
            ['card_no', 'match', 'pattern' => '/^\d{15,19}$/'],
            ['cid', 'match', 'pattern' => '/^\d{3,4}$/'],
        ];
    }
}
