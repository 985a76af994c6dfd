<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class StoredCard extends Model
{
    protected $fillable = ['customer_id', 'framepay_token', 'brand', 'last4'];

    protected function casts(): array
    {
        return ['framepay_token' => 'encrypted'];
    }
}
