<?php

namespace App\Service;

use App\Entity\Arrangement;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Contracts\HttpClient\HttpClientInterface;

final class CrematoriumClient
{
    public function __construct(
        #[Autowire(service: 'crematorium.client')]
        private readonly HttpClientInterface $client,
        #[Autowire(service: 'monolog.logger.integrations')]
        private readonly LoggerInterface $logger,
    ) {
    }

    public function requestSlot(Arrangement $arrangement, string $preferredDate): string
    {
        $response = $this->client->request('POST', 'slots/requests', [
            'json' => [
                'director_ref' => $arrangement->getReference(),
                'deceased' => [
                    'name' => $arrangement->getDeceasedName(),
                    'date_of_birth' => $arrangement->getDateOfBirth()->format('Y-m-d'),
                    'date_of_death' => $arrangement->getDateOfDeath()->format('Y-m-d'),
                ],
                'applicant' => [
                    'name' => $arrangement->getArranger()->getName(),
                    'phone' => $arrangement->getArranger()->getPhone(),
                ],
                'preferred_date' => $preferredDate,
            ],
        ]);
        $slot = $response->toArray()['slot_id'];
        $this->logger->info('crematorium slot {slot} requested for {ref}', ['slot' => $slot, 'ref' => $arrangement->getReference()]);

        return $slot;
    }

    /**
     * @return list<array{date: string, free: int}>
     */
    public function availability(string $month): array
    {
        return $this->client->request('GET', 'availability', ['query' => ['month' => $month]])->toArray();
    }
}
