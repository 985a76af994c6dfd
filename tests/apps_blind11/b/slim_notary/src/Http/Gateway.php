<?php

declare(strict_types=1);

namespace Sealright\Http;

use Symfony\Contracts\HttpClient\HttpClientInterface;

final class Gateway
{
    public function __construct(private HttpClientInterface $client)
    {
    }

    public function charge(array $card, int $cents, string $ref): array
    {
        return $this->client->request('POST', 'charges', ['json' => ['card' => $card, 'amount' => $cents, 'reference' => $ref]])->toArray(false);
    }

    public function chargeToken(string $token, int $cents, string $ref): array
    {
        return $this->client->request('POST', 'charges', ['json' => ['source' => $token, 'amount' => $cents, 'reference' => $ref]])->toArray(false);
    }
}
