<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class DepositCard extends Model
{
    protected $fillable = ['trek_booking_id', 'holder', 'card_number', 'expiry', 'cvc'];

    protected $hidden = ['card_number', 'cvc'];

    public function trekBooking(): BelongsTo
    {
        return $this->belongsTo(TrekBooking::class);
    }

    public function masked(): string
    {
        return '**** '.substr($this->card_number, -4);
    }
}
