<?php

namespace App\Services;

use App\Models\Customer;
use GuzzleHttp\Client;

class YotpoLoyalty
{
    public function __construct(private readonly Client $http)
    {
    }

    public function createOrUpdateCustomer(Customer $customer): void
    {
        [$first, $last] = array_pad(explode(' ', $customer->name, 2), 2, '');
        $payload = ['email' => $customer->email, 'first_name' => $first, 'last_name' => $last];
        $payload['phone_number'] = $customer->phone;
        $payload['birthday'] = ['day' => $customer->date_of_birth?->day, 'month' => $customer->date_of_birth?->month];
        $this->http->post('customers', ['json' => $payload]);
    }

    public function recordWorkshopAttendance(Customer $customer, string $workshop): void
    {
        $this->http->post('actions', ['json' => [
            'type' => 'CustomAction',
            'customer_external_id' => 'cust-'.$customer->id,
            'action_name' => 'workshop_attended',
            'metadata' => ['workshop' => $workshop],
        ]]);
    }
}
