<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class DepositHold extends Model
{
    protected $fillable = ['client_id', 'amount', 'card_number', 'card_last4', 'gateway_ref', 'status'];

    protected $hidden = ['card_number'];

    protected function casts(): array
    {
        return [
            'card_number' => 'encrypted',
        ];
    }
}
