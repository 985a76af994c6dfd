<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class FramingOrder extends Model
{
    protected $fillable = ['customer_id', 'artwork', 'moulding', 'glazing', 'width_mm', 'height_mm', 'total_pence', 'status'];

    public function customer(): BelongsTo
    {
        return $this->belongsTo(Customer::class);
    }
}
