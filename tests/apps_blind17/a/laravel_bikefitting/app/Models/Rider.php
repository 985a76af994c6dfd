<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Relations\HasMany;
use Illuminate\Foundation\Auth\User as Authenticatable;

class Rider extends Authenticatable
{
    protected $fillable = ['name', 'email', 'phone', 'date_of_birth', 'height_cm', 'inseam_mm', 'password'];

    protected $hidden = ['password', 'remember_token', 'date_of_birth'];

    protected function casts(): array
    {
        return [
            'date_of_birth' => 'date',
            'password' => 'hashed',
            'injury_notes' => 'encrypted',
        ];
    }

    public function fittings(): HasMany
    {
        return $this->hasMany(FittingSession::class);
    }
}
