<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class MaterialsDeposit extends Model
{
    protected $fillable = ['booking_id', 'card_number', 'card_cvc', 'gift_card_code'];

    protected $hidden = ['card_cvc'];
}
