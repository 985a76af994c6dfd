<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class GiftCard extends Model
{
    protected $fillable = ['gift_card_number', 'balance_pence', 'purchaser_email'];
}
