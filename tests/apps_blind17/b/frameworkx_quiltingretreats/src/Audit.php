<?php

namespace PatchworkBarn;

use Psr\Log\LoggerInterface;

final class Audit
{
    public function __construct(private LoggerInterface $log)
    {
    }

    public function record(string $event, array $fields): void
    {
        $this->log->info($event, $fields);
    }
}
