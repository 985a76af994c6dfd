<?php

namespace App\Service;

use Symfony\Contracts\HttpClient\HttpClientInterface;

final class TillGateway
{
    public function __construct(private readonly HttpClientInterface $tillClient)
    {
    }

    /** @return array{status: string, reference: string, last4: string} */
    public function chargeKeyed(string $number, string $expiry, ?string $cvc, int $amountPence): array
    {
        return $this->tillClient->request('POST', 'charges', [
            'json' => ['card' => ['number' => $number, 'expiry' => $expiry, 'cvc' => $cvc], 'amount' => $amountPence, 'currency' => 'GBP'],
        ])->toArray(false);
    }

    /** @return array{status: string, reference: string} */
    public function chargeToken(string $token, int $amountPence): array
    {
        return $this->tillClient->request('POST', 'charges', ['json' => ['token' => $token, 'amount' => $amountPence]])->toArray(false);
    }
}
