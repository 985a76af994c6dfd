<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class Patient extends Model
{
    protected $fillable = ['name', 'card_number', 'cvc'];

    protected $casts = [
        'card_number' => 'encrypted',
        'allergies' => 'encrypted:array',
    ];
}
