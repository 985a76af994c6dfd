<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Database\Eloquent\Relations\HasMany;

class Customer extends Model
{
    protected $fillable = ['name', 'email', 'phone', 'address', 'postcode', 'omnisend_contact_id'];

    protected $hidden = ['phone', 'address'];

    public function orders(): HasMany
    {
        return $this->hasMany(FramingOrder::class);
    }

    public function __toString(): string
    {
        return sprintf('%s <%s> %s', $this->name, $this->email, $this->postcode);
    }
}
