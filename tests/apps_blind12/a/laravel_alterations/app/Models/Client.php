<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Factories\HasFactory;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Client extends Model
{
    use HasFactory;

    protected $fillable = ['name', 'email', 'phone', 'address', 'wedding_date', 'measurements'];

    protected $hidden = ['measurements', 'brevo_contact_id'];

    protected function casts(): array
    {
        return [
            'wedding_date' => 'date',
            'measurements' => 'encrypted:array',
        ];
    }

    public function fittings(): HasMany
    {
        return $this->hasMany(Fitting::class);
    }

    public function __toString(): string
    {
        return sprintf('%s <%s> %s', $this->name, $this->email, $this->phone);
    }
}
