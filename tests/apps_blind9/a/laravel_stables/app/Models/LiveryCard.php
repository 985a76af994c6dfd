<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

/** Card on file for monthly livery (stabling) invoices. */
class LiveryCard extends Model
{
    protected $fillable = ['rider_id', 'holder_name', 'card_number', 'expiry', 'last_four', 'brand'];

    protected $hidden = ['card_number', 'holder_name'];

    protected $casts = [
        'card_number' => 'encrypted',
    ];

    public function rider(): BelongsTo
    {
        return $this->belongsTo(Rider::class);
    }

    public function getMaskedAttribute(): string
    {
        return '•••• '.$this->last_four;
    }
}
