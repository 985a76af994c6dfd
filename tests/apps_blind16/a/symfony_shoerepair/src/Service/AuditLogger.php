<?php

namespace App\Service;

use Psr\Log\LoggerInterface;

final class AuditLogger
{
    public function __construct(private readonly LoggerInterface $logger)
    {
    }

    public function record(string $action, ?string $actor, int $subjectId): void
    {
        $this->logger->info($action, ['actor' => $actor, 'subject' => $subjectId]);
    }

    public function recordPayload(string $action, ?string $actor, array $payload): void
    {
        $this->logger->info($action, ['actor' => $actor, 'payload' => $payload]);
    }
}
