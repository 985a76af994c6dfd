<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class PhoneOrderCard extends Model
{
    protected $fillable = ['framing_order_id', 'card_number', 'card_cvc', 'expiry', 'charged'];

    protected $hidden = ['card_number', 'card_cvc'];
}
