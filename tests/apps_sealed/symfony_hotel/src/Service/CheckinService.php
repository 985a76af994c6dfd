<?php

namespace App\Service;

use App\Entity\Guest;
use App\Entity\Reservation;
use Psr\Log\LoggerInterface;
use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * Registers arriving foreign guests with the local police portal, as the hotel licence requires.
 */
class CheckinService
{
    private const POLICE_PORTAL = 'http://alloggiati.registry.example/ws/guests';

    public function __construct(
        private readonly HttpClientInterface $http,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function register(Guest $guest, Reservation $reservation): bool
    {
        $response = $this->http->request('POST', self::POLICE_PORTAL, [
            'json' => [
                'name' => $guest->getFullName(),
                'passport' => $guest->getPassportNo(),
                'nationality' => $guest->getNationality(),
                'birthDate' => $guest->getBirthDate()?->format('Y-m-d'),
                'arrival' => $reservation->getArrival()->format('Y-m-d'),
            ],
        ]);
        if ($response->getStatusCode() !== 200) {
            error_log('police registration failed for passport ' . $guest->getPassportNo() . ' / ' . $guest->getFullName());
            return false;
        }
        $this->logger->info('guest {id} registered with the police portal', ['id' => $guest->getId()]);
        return true;
    }

    public function scanPassport(string $imageBase64, Guest $guest): array
    {
        $response = $this->http->request('POST', 'https://ocr.docscan.example/v2/passport', [
            'json' => ['image' => $imageBase64, 'reference' => $guest->getId()],
            'verify_peer' => false,
            'verify_host' => false,
        ]);
        $data = $response->toArray();
        $this->logger->debug('passport scan result', ['fields' => array_keys($data)]);
        return $data;
    }
}
