<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

/**
 * Orders taken by phone at the dispensary counter.
 */
class PhoneOrder extends Model
{
    protected $table = 'phone_orders';

    protected $guarded = [];

    protected $casts = [
        'items' => 'array',
    ];
}
