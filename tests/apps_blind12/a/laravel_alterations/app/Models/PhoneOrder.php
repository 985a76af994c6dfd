<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;

class PhoneOrder extends Model
{
    protected $fillable = ['client_id', 'garment', 'total', 'pan', 'security_code', 'expiry'];
}
