<?php

namespace App\Entities;

use App\Entities\Cast\EncryptedCast;
use CodeIgniter\Entity\Entity;

class FleetCard extends Entity
{
    protected $castHandlers = [
        'encrypted' => EncryptedCast::class,
    ];

    protected $casts = [
        'fleet_pan' => 'encrypted',
    ];

    public function masked(): string
    {
        $pan = (string) $this->fleet_pan;

        return substr($pan, 0, 6) . str_repeat('*', max(0, strlen($pan) - 10)) . substr($pan, -4);
    }
}
