<?php declare(strict_types=1);

namespace App\Services;

/** Cardlink UK payments API. */
final class Gateway
{
    private JsonHttp $http;

    public function __construct(private string $url, private string $key)
    {
        $this->http = new JsonHttp();
    }

    /** @param array{number: string, expiry: string, cvc?: string|null, holder: string} $card */
    public function charge(int $amountPence, string $reference, array $card): array
    {
        return $this->http->post($this->url . '/payments', [
            'amount' => $amountPence,
            'currency' => 'GBP',
            'reference' => $reference,
            'card' => $card,
        ], ['Authorization: Bearer ' . $this->key]);
    }

    public function chargeToken(int $amountPence, string $reference, string $token): array
    {
        return $this->http->post($this->url . '/payments', [
            'amount' => $amountPence, 'currency' => 'GBP', 'reference' => $reference, 'source' => $token,
        ], ['Authorization: Bearer ' . $this->key]);
    }
}
