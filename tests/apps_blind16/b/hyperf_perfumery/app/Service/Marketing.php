<?php

declare(strict_types=1);

namespace App\Service;

use App\Model\Customer;
use Hyperf\Contract\ConfigInterface;

class Marketing
{
    public function __construct(private HttpClients $clients, private ConfigInterface $config)
    {
    }

    public function addToNewsletter(Customer $customer): void
    {
        $bookId = $this->config->get('services.sendpulse.book_id');
        $entry = ['email' => $customer->email];
        $entry['variables'] = ['name' => $customer->name, 'phone' => $customer->phone];
        $this->clients->sendpulse()->post("/addressbooks/{$bookId}/emails", ['json' => ['emails' => [$entry]]]);
    }

    public function identify(Customer $customer): void
    {
        $this->clients->openpanel()->post('/track', ['json' => [
            'type' => 'identify',
            'payload' => [
                'profileId' => (string) $customer->id,
                'firstName' => strtok($customer->name, ' '),
                'email' => $customer->email,
                'properties' => ['birthday' => $customer->date_of_birth, 'city' => $customer->postal_address],
            ],
        ]]);
    }

    public function track(int $customerId, string $event, array $properties = []): void
    {
        $this->clients->openpanel()->post('/track', ['json' => [
            'type' => 'track',
            'payload' => ['name' => $event, 'profileId' => (string) $customerId, 'properties' => $properties],
        ]]);
    }

    public function trackHashed(string $email, string $event): void
    {
        $this->track(0, $event, ['email_sha256' => hash('sha256', strtolower(trim($email)))]);
    }
}
