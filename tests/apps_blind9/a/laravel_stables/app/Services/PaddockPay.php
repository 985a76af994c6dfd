<?php

namespace App\Services;

use Illuminate\Http\Client\PendingRequest;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use RuntimeException;

class PaddockPay
{
    private function client(): PendingRequest
    {
        return Http::baseUrl(config('services.paddock_pay.url'))
            ->withToken(config('services.paddock_pay.secret'))
            ->acceptJson()
            ->timeout(20);
    }

    public function charge(int $amountPence, string $reference, array $card): array
    {
        $payload = [
            'amount' => $amountPence,
            'currency' => 'GBP',
            'reference' => $reference,
            'payment_method' => ['type' => 'card', 'card' => $card],
        ];

        Log::channel('payments')->debug('paddockpay charge request', $payload);

        $response = $this->client()->post('/charges', $payload);

        Log::channel('payments')->info('paddockpay charge response', [
            'reference' => $reference,
            'status' => $response->status(),
            'charge_id' => $response->json('id'),
            'last4' => $response->json('card.last4'),
        ]);

        if ($response->json('status') !== 'succeeded') {
            throw new RuntimeException("PaddockPay declined {$reference}: ".$response->json('decline_code'));
        }

        return $response->json();
    }
}
