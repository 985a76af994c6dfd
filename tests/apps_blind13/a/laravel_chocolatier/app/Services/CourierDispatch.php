<?php

namespace App\Services;

use GuzzleHttp\Client;

class CourierDispatch
{
    public function __construct(private readonly Client $http, private readonly string $account)
    {
    }

    public function bookChilledDelivery(string $reference, string $name, string $phone, string $address, string $postcode): void
    {
        $this->http->post('consignments', ['json' => [
            'account' => $this->account,
            'reference' => $reference,
            'service' => 'CHILLED_NEXT_DAY',
            'recipient' => ['name' => $name, 'phone' => $phone, 'address' => $address, 'postcode' => $postcode],
        ]]);
    }
}
