<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class FittingSession extends Model
{
    protected $fillable = ['rider_id', 'starts_at', 'package', 'bike_model', 'saddlepay_token', 'card_last4', 'status'];

    protected $hidden = ['saddlepay_token'];

    protected function casts(): array
    {
        return ['starts_at' => 'datetime'];
    }

    public function rider(): BelongsTo
    {
        return $this->belongsTo(Rider::class);
    }
}
