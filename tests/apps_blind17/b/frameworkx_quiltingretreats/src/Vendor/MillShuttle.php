<?php

namespace PatchworkBarn\Vendor;

use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;

use function React\Async\await;

/** Reserves seats on the Mill Shuttle minibus from Hebden Bridge station. */
final class MillShuttle
{
    public function __construct(private ContainerInterface $container, private LoggerInterface $log)
    {
    }

    public function reserveSeat(string $retreatCode, string $name, ?string $phone): void
    {
        $payload = ['group' => 'patchwork-barn', 'trip' => $retreatCode];
        $payload['passenger_name'] = $name;
        $payload['passenger_phone'] = $phone;
        await($this->container->get('shuttle')->post('reservations', ['Content-Type' => 'application/json'], json_encode($payload)));
        $this->log->info("shuttle seat reserved for {$name} ({$phone})");
    }
}
