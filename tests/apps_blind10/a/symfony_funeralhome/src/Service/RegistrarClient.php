<?php

namespace App\Service;

use App\Entity\Arrangement;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * Checks the county registrar's green form (certificate for burial or cremation) before a booking is confirmed.
 */
final class RegistrarClient
{
    public function __construct(
        #[Autowire(service: 'registrar.client')]
        private readonly HttpClientInterface $client,
    ) {
    }

    public function greenFormIssued(Arrangement $arrangement, string $formNumber): bool
    {
        $response = $this->client->request('POST', '/v1/green-forms/verify', [
            'json' => [
                'form_number' => $formNumber,
                'deceased_name' => $arrangement->getDeceasedName(),
                'date_of_death' => $arrangement->getDateOfDeath()->format('Y-m-d'),
            ],
        ]);

        return $response->toArray()['issued'] ?? false;
    }
}
