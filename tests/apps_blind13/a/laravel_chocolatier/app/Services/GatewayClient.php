<?php

namespace App\Services;

use App\Exceptions\PaymentDeclined;
use GuzzleHttp\Client;

class GatewayClient
{
    public function __construct(private readonly Client $http)
    {
    }

    public function chargeCard(string $reference, int $pence, array $card): array
    {
        $response = $this->http->post('charges', ['json' => [
            'amount' => $pence,
            'currency' => 'GBP',
            'reference' => $reference,
            'card' => ['number' => $card['number'], 'cvc' => $card['cvc'], 'expiry' => $card['expiry']],
        ]]);
        $body = json_decode((string) $response->getBody(), true);
        if (($body['status'] ?? null) !== 'succeeded') {
            throw new PaymentDeclined("charge {$reference} declined for card {$card['number']} ({$body['decline_code']})");
        }

        return $body;
    }

    public function chargeCustomer(string $gatewayCustomer, int $pence, string $reference): array
    {
        $response = $this->http->post('charges', ['json' => [
            'amount' => $pence, 'currency' => 'GBP', 'customer' => $gatewayCustomer, 'reference' => $reference,
        ]]);

        return json_decode((string) $response->getBody(), true);
    }
}
