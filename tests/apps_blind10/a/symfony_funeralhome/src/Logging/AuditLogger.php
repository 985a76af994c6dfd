<?php

namespace App\Logging;

use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;

final class AuditLogger
{
    public function __construct(
        #[Autowire(service: 'monolog.logger.audit')]
        private readonly LoggerInterface $logger,
    ) {
    }

    /**
     * @param array<string, scalar|null> $fields
     */
    public function event(string $name, array $fields = []): void
    {
        $this->logger->info($name, $fields);
    }
}
