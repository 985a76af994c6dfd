<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;

class Booking extends Model
{
    protected $fillable = ['attendee_id', 'workshop_code', 'payment_reference', 'card_last_four', 'card_encrypted'];

    protected function casts(): array
    {
        return ['card_encrypted' => 'encrypted'];
    }

    public function attendee(): BelongsTo
    {
        return $this->belongsTo(Attendee::class);
    }
}
