<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class BoxSubscription extends Model
{
    protected $fillable = ['customer_id', 'plan', 'gateway_customer', 'card_brand', 'card_last4', 'next_box_on', 'status'];

    protected $casts = ['next_box_on' => 'date'];

    public function customer(): BelongsTo
    {
        return $this->belongsTo(Customer::class);
    }
}
