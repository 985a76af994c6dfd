<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Casts\Attribute;
use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;
use Illuminate\Notifications\Notifiable;

class Rider extends Model
{
    use HasFactory, Notifiable;

    protected $fillable = [
        'first_name', 'last_name', 'email', 'phone', 'date_of_birth', 'weight_kg',
        'federation_number', 'emergency_contact_name', 'emergency_contact_phone', 'medical_notes',
    ];

    protected $hidden = ['medical_notes', 'federation_number'];

    protected $casts = [
        'date_of_birth' => 'date',
        'medical_notes' => 'encrypted',
        'weight_kg' => 'integer',
    ];

    protected function fullName(): Attribute
    {
        return Attribute::get(fn () => "{$this->first_name} {$this->last_name}");
    }

    public function bookings(): HasMany
    {
        return $this->hasMany(LessonBooking::class);
    }

    public function liveryCards(): HasMany
    {
        return $this->hasMany(LiveryCard::class);
    }

    public function routeNotificationForSms(): ?string
    {
        return $this->phone;
    }
}
