<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Casts\AsEncryptedArrayObject;
use Illuminate\Database\Eloquent\Model;

class Invoice extends Model
{
    protected $table = 'clinic_invoices';

    protected $fillable = ['amount', 'cc_number'];

    protected function casts(): array
    {
        return [
            'cc_number' => 'encrypted:string',
            'lines' => AsEncryptedArrayObject::class,
        ];
    }
}
