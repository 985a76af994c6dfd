<?php

namespace App\Services;

use GuzzleHttp\Client;

class WholesaleOrders
{
    public function __construct(private readonly Client $http)
    {
    }

    public function reserveCouverture(string $grade, int $kilos, string $contactName, string $contactEmail): void
    {
        $this->http->post('reservations', ['json' => [
            'grade' => $grade,
            'kg' => $kilos,
            'contact' => ['name' => $contactName, 'email' => $contactEmail],
        ]]);
    }
}
