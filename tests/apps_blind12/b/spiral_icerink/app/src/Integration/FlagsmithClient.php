<?php

declare(strict_types=1);

namespace App\Integration;

use App\Domain\Skater\Skater;
use Psr\Container\ContainerInterface;
use Spiral\Boot\EnvironmentInterface;

/** Feature flags per skater (new booking flow roll-out). */
final class FlagsmithClient
{
    public function __construct(private readonly ContainerInterface $container, private readonly EnvironmentInterface $env)
    {
    }

    public function identify(Skater $skater): array
    {
        $res = $this->container->get('http.vendors')->post($this->env->get('FLAGSMITH_URL') . '/identities/', [
            'X-Environment-Key' => $this->env->get('FLAGSMITH_ENV_KEY'),
            'Content-Type' => 'application/json',
        ], json_encode([
            'identifier' => $skater->email,
            'traits' => [
                ['trait_key' => 'age', 'trait_value' => $skater->dateOfBirth?->diff(new \DateTimeImmutable())->y],
                ['trait_key' => 'phone', 'trait_value' => $skater->phone],
            ],
        ]));
        return json_decode((string) $res->getBody(), true)['flags'] ?? [];
    }

    public function identifyAnonymous(Skater $skater): array
    {
        $res = $this->container->get('http.vendors')->post($this->env->get('FLAGSMITH_URL') . '/identities/', [
            'X-Environment-Key' => $this->env->get('FLAGSMITH_ENV_KEY'),
            'Content-Type' => 'application/json',
        ], json_encode(['identifier' => 'skater-' . $skater->id, 'traits' => [['trait_key' => 'member', 'trait_value' => $skater->skateCardNo !== null]]]));
        return json_decode((string) $res->getBody(), true)['flags'] ?? [];
    }
}
