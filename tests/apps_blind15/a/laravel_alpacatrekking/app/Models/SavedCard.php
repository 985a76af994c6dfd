<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class SavedCard extends Model
{
    protected $fillable = ['guest_id', 'paywell_token', 'brand', 'last_four'];
}
