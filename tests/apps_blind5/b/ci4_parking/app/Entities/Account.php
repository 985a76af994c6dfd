<?php

namespace App\Entities;

use CodeIgniter\Entity\Entity;

class Account extends Entity
{
    protected $dates = ['created_at', 'updated_at'];

    protected $casts = [
        'mobile_verified' => 'boolean',
    ];

    public function setPassword(string $password): self
    {
        $this->attributes['password_hash'] = password_hash($password, PASSWORD_DEFAULT);

        return $this;
    }

    public function firstName(): string
    {
        return explode(' ', (string) $this->attributes['full_name'])[0];
    }
}
