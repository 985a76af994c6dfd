<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Order extends Model
{
    protected $fillable = ['total', 'card_number'];

    protected $casts = ['total' => 'decimal:2', 'notes' => 'encrypted'];
}
