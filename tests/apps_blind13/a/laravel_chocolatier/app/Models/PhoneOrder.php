<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class PhoneOrder extends Model
{
    protected $fillable = [
        'customer_name', 'customer_phone', 'delivery_address', 'items', 'total_pence',
        'card_number', 'card_expiry', 'card_cvc', 'card_number_encrypted', 'status',
    ];

    protected $hidden = ['card_cvc'];

    protected $casts = [
        'items' => 'array',
        'card_number_encrypted' => 'encrypted',
    ];
}
