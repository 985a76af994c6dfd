<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Patient extends Model
{
    use HasFactory;

    protected $fillable = [
        'first_name', 'last_name', 'email', 'mobile', 'date_of_birth', 'nhs_number', 'address',
    ];

    protected $hidden = ['nhs_number'];

    protected $casts = [
        'date_of_birth' => 'date',
        'nhs_number' => 'encrypted',
    ];

    public function prescriptions(): HasMany
    {
        return $this->hasMany(Prescription::class);
    }

    public function cards(): HasMany
    {
        return $this->hasMany(StoredCard::class);
    }
}
