<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Guest extends Model
{
    protected $fillable = ['full_name', 'email', 'phone', 'date_of_birth', 'postcode', 'medical_notes', 'marketing_opt_in'];

    protected $hidden = ['medical_notes', 'date_of_birth'];

    protected function casts(): array
    {
        return ['date_of_birth' => 'date', 'medical_notes' => 'encrypted', 'marketing_opt_in' => 'boolean'];
    }

    public function bookings(): HasMany
    {
        return $this->hasMany(TrekBooking::class);
    }

    public function __toString(): string
    {
        return sprintf('%s <%s> %s', $this->full_name, $this->email, $this->phone);
    }
}
