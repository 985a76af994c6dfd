<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\BelongsTo;
use Illuminate\Database\Eloquent\Relations\HasOne;

class TrekBooking extends Model
{
    protected $fillable = ['guest_id', 'trek_date', 'route', 'party_size', 'overnight', 'total_pence', 'status'];

    protected function casts(): array
    {
        return ['trek_date' => 'date', 'overnight' => 'boolean'];
    }

    public function guest(): BelongsTo
    {
        return $this->belongsTo(Guest::class);
    }

    public function depositCard(): HasOne
    {
        return $this->hasOne(DepositCard::class);
    }
}
