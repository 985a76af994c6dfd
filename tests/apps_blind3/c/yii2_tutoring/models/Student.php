<?php

namespace app\models;

use yii\behaviors\TimestampBehavior;
use yii\db\ActiveRecord;

/**
 * @property int $id
 * @property string $first_name
 * @property string $last_name
 * @property string $email
 * @property string|null $guardian_email
 * @property string|null $phone
 * @property string|null $birth_date
 * @property int|null $school_year
 * @property string|null $mixpanel_distinct_id
 */
class Student extends ActiveRecord
{
    public static function tableName()
    {
        return '{{%student}}';
    }

    public function behaviors()
    {
        return [['class' => TimestampBehavior::class, 'updatedAtAttribute' => false]];
    }

    public function rules()
    {
        return [
            [['first_name', 'last_name', 'email'], 'required'],
            [['email', 'guardian_email'], 'email'],
            [['phone'], 'string', 'max' => 32],
            [['birth_date'], 'date', 'format' => 'php:Y-m-d'],
            [['school_year'], 'integer', 'min' => 1, 'max' => 13],
        ];
    }

    public function getCards()
    {
        return $this->hasMany(PaymentCard::class, ['student_id' => 'id']);
    }

    public function getFullName(): string
    {
        return trim($this->first_name . ' ' . $this->last_name);
    }
}
