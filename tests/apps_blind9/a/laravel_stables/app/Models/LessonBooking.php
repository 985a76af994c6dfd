<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class LessonBooking extends Model
{
    protected $fillable = [
        'rider_id', 'horse_id', 'instructor_id', 'arena', 'starts_at', 'kind',
        'deposit_pence', 'status', 'gateway_payment_id', 'card_last_four', 'card_cvc',
    ];

    protected $casts = ['starts_at' => 'datetime'];

    public function rider(): BelongsTo
    {
        return $this->belongsTo(Rider::class);
    }
}
