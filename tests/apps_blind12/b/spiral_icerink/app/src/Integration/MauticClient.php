<?php

declare(strict_types=1);

namespace App\Integration;

use App\Domain\Skater\Skater;
use Buzz\Browser;
use Psr\Container\ContainerInterface;
use Spiral\Boot\EnvironmentInterface;

final class MauticClient
{
    public function __construct(private readonly ContainerInterface $container, private readonly EnvironmentInterface $env)
    {
    }

    private function headers(): array
    {
        return [
            'Authorization' => 'Basic ' . base64_encode($this->env->get('MAUTIC_USER') . ':' . $this->env->get('MAUTIC_PASSWORD')),
            'Content-Type' => 'application/json',
        ];
    }

    public function createContact(Skater $skater): array
    {
        [$first, $last] = array_pad(explode(' ', $skater->fullName, 2), 2, '');
        /** @var Browser $http */
        $http = $this->container->get('http.vendors');
        $res = $http->post($this->env->get('MAUTIC_URL') . '/api/contacts/new', $this->headers(), json_encode([
            'firstname' => $first,
            'lastname' => $last,
            'email' => $skater->email,
            'mobile' => $skater->phone,
            'birthday' => $skater->dateOfBirth?->format('Y-m-d'),
            'tags' => ['skate-school'],
        ]));
        return json_decode((string) $res->getBody(), true)['contact'] ?? [];
    }

    public function addToSegment(string $contactId, int $segmentId): void
    {
        $this->container->get('http.vendors')->post(
            $this->env->get('MAUTIC_URL') . "/api/segments/{$segmentId}/contact/{$contactId}/add",
            $this->headers(),
        );
    }
}
