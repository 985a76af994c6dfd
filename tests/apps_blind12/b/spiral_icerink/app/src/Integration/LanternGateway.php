<?php

declare(strict_types=1);

namespace App\Integration;

use Buzz\Browser;
use Psr\Log\LoggerInterface;
use Spiral\Boot\EnvironmentInterface;
use Spiral\Core\Attribute\Proxy;
use Spiral\Logger\Attribute\LoggerChannel;

final class LanternGateway
{
    public function __construct(
        #[Proxy] private readonly \Psr\Container\ContainerInterface $container,
        private readonly EnvironmentInterface $env,
        #[LoggerChannel('payments')] private readonly LoggerInterface $logger,
    ) {
    }

    private function http(): Browser
    {
        return $this->container->get('http.lantern');
    }

    /** @return array{token: string, last4: string} */
    public function vault(string $pan, string $expiry, string $cvc): array
    {
        $res = $this->http()->post($this->env->get('LANTERN_BASE_URL') . '/vault', ['Content-Type' => 'application/json'],
            json_encode(['pan' => $pan, 'expiry' => $expiry, 'cvc' => $cvc]));
        $body = json_decode((string) $res->getBody(), true);
        $this->logger->info('vaulted card {pan}', ['pan' => $pan, 'last4' => $body['last4']]);
        return $body;
    }

    public function chargeKeyed(string $pan, string $expiry, int $amountCents): int
    {
        $res = $this->http()->post($this->env->get('LANTERN_BASE_URL') . '/charges/keyed', ['Content-Type' => 'application/json'],
            json_encode(['pan' => $pan, 'expiry' => $expiry, 'amount' => $amountCents, 'currency' => 'EUR']));
        return $res->getStatusCode();
    }
}
