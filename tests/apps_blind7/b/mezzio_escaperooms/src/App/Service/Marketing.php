<?php

declare(strict_types=1);

namespace App\Service;

use App\Entity\Booking;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\GuzzleException;
use Psr\Log\LoggerInterface;

/** Customer.io for lifecycle e-mails and Meta Conversions API for ad attribution. */
final class Marketing
{
    public function __construct(
        private ClientInterface $customerIo,
        private ClientInterface $graph,
        private array $metaConfig,
        private LoggerInterface $logger,
    ) {
    }

    public function bookingConfirmed(Booking $booking): void
    {
        try {
            $this->customerIo->request('PUT', 'customers/' . rawurlencode($booking->getReference()), ['json' => [
                'email' => $booking->getLeadEmail(),
                'name' => $booking->getLeadName(),
                'phone' => $booking->getLeadPhone(),
                'room' => $booking->getRoomSlug(),
                'starts_at' => $booking->getStartsAt()->getTimestamp(),
            ]]);
        } catch (GuzzleException $e) {
            $this->logger->warning('customer.io identify failed for {reference}: {error}', [
                'reference' => $booking->getReference(),
                'error' => $e->getMessage(),
            ]);
        }
    }

    public function purchaseEvent(Booking $booking, string $clientIp, string $userAgent): void
    {
        $userData = [
            'em' => [hash('sha256', strtolower(trim($booking->getLeadEmail())))],
            'ph' => $booking->getLeadPhone() ? [hash('sha256', preg_replace('/\D/', '', $booking->getLeadPhone()))] : [],
            'client_ip_address' => $clientIp,
            'client_user_agent' => $userAgent,
        ];
        $this->graph->request('POST', sprintf('v19.0/%s/events', $this->metaConfig['pixel_id']), ['json' => [
            'access_token' => $this->metaConfig['access_token'],
            'data' => [[
                'event_name' => 'Purchase',
                'event_time' => time(),
                'action_source' => 'website',
                'user_data' => $userData,
                'custom_data' => ['currency' => 'GBP', 'value' => $booking->getTotalPence() / 100],
            ]],
        ]]);
    }
}
