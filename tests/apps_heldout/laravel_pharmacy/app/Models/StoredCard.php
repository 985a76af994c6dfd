<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class StoredCard extends Model
{
    protected $fillable = ['patient_id', 'card_number', 'card_last_four', 'brand', 'expiry'];

    protected $casts = [
        'card_number' => 'encrypted',
    ];

    protected $hidden = ['card_number'];
}
