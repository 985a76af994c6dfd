<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Relations\HasMany;
use Illuminate\Foundation\Auth\User as Authenticatable;

class Customer extends Authenticatable
{
    protected $fillable = ['name', 'email', 'phone', 'address_line', 'postcode', 'date_of_birth', 'password'];

    protected $hidden = ['password', 'remember_token'];

    protected function casts(): array
    {
        return ['date_of_birth' => 'date', 'password' => 'hashed'];
    }

    public function subscriptions(): HasMany
    {
        return $this->hasMany(BoxSubscription::class);
    }

    public function __toString(): string
    {
        return sprintf('%s <%s> %s, %s', $this->name, $this->email, $this->address_line, $this->postcode);
    }
}
