<?php

declare(strict_types=1);

namespace App\Integration;

use App\Domain\Skater\Skater;
use Psr\Container\ContainerInterface;
use Spiral\Boot\EnvironmentInterface;

final class ArenaPartners
{
    public function __construct(private readonly ContainerInterface $container, private readonly EnvironmentInterface $env)
    {
    }

    /** Scoreboard over the rink shows the birthday child's name during the party slot. */
    public function announceParty(string $childName, string $slot): void
    {
        $this->container->get('http.vendors')->post($this->env->get('SCOREBOARD_URL', 'http://scoreboard.glacis-arena.ie:8181') . '/messages',
            ['Content-Type' => 'application/json'], json_encode(['text' => "Happy birthday {$childName}!", 'slot' => $slot]));
    }

    public function showScore(int $home, int $away): void
    {
        $this->container->get('http.vendors')->post($this->env->get('SCOREBOARD_URL', 'http://scoreboard.glacis-arena.ie:8181') . '/score',
            ['Content-Type' => 'application/json'], json_encode(['home' => $home, 'away' => $away]));
    }

    /** Blade sharpening orders go to Edgeworks with the skater's contact for collection. */
    public function orderSharpening(Skater $skater, string $bladeSize): void
    {
        $this->container->get('http.partners')->post($this->env->get('SHARPENING_URL') . '/orders',
            ['Content-Type' => 'application/json'],
            json_encode(['customer' => $skater->fullName, 'phone' => $skater->phone, 'email' => $skater->email, 'size' => $bladeSize]));
    }
}
