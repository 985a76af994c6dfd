<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Attendee extends Model
{
    protected $fillable = ['name', 'email', 'phone', 'address'];

    protected $hidden = ['phone', 'address'];

    public function bookings(): HasMany
    {
        return $this->hasMany(Booking::class);
    }

    public function __toString(): string
    {
        return "{$this->name} <{$this->email}>";
    }
}
