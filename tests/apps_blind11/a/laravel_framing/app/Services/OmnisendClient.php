<?php

namespace App\Services;

use App\Models\Customer;
use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Http;

class OmnisendClient
{
    private function http(): PendingRequest
    {
        return Http::baseUrl(config('services.omnisend.base_url'))
            ->withHeaders(['X-API-KEY' => config('services.omnisend.key')])
            ->acceptJson()
            ->timeout(10);
    }

    public function upsertContact(Customer $customer): string
    {
        $identifiers = [
            ['type' => 'email', 'id' => $customer->email, 'channels' => ['email' => ['status' => 'subscribed']]],
        ];
        if ($customer->phone) {
            $identifiers[] = ['type' => 'phone', 'id' => $customer->phone, 'channels' => ['sms' => ['status' => 'nonSubscribed']]];
        }
        $contact = [
            'identifiers' => $identifiers,
            'firstName' => strtok($customer->name, ' '),
            'address' => $customer->address,
            'postalCode' => $customer->postcode,
            'tags' => ['framing-customer'],
        ];
        $response = $this->http()->post('/contacts', $contact)->throw();

        return $response->json('contactID');
    }

    public function orderPlaced(string $contactId, int $orderId, int $totalPence): void
    {
        $this->http()->post('/events', [
            'eventName' => 'placed order',
            'origin' => 'api',
            'contact' => ['id' => $contactId],
            'properties' => ['order_id' => $orderId, 'value' => $totalPence / 100],
        ]);
    }
}
