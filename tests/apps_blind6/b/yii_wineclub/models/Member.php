<?php

namespace app\models;

use yii\behaviors\TimestampBehavior;
use yii\db\ActiveRecord;

/**
 * @property int $id
 * @property string $email
 * @property string $first_name
 * @property string $last_name
 * @property string $birth_date
 * @property string $phone
 * @property string $shipping_address
 * @property string $tier
 */
class Member extends ActiveRecord
{
    public static function tableName()
    {
        return '{{%member}}';
    }

    public function behaviors()
    {
        return [['class' => TimestampBehavior::class, 'updatedAtAttribute' => false]];
    }

    public function rules()
    {
        return [
            [['email', 'birth_date'], 'required'],
            ['email', 'email'],
            [['first_name', 'last_name'], 'string', 'max' => 80],
            ['phone', 'string', 'max' => 32],
            ['shipping_address', 'string'],
            ['tier', 'in', 'range' => ['cellar', 'reserve', 'grand']],
        ];
    }

    public function getFullName(): string
    {
        return trim($this->first_name . ' ' . $this->last_name);
    }

    public function getCards()
    {
        return $this->hasMany(PaymentCard::class, ['member_id' => 'id']);
    }
}
