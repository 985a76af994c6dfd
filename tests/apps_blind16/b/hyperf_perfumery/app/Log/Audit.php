<?php

declare(strict_types=1);

namespace App\Log;

use Hyperf\Logger\LoggerFactory;
use Psr\Log\LoggerInterface;

class Audit
{
    private LoggerInterface $logger;

    public function __construct(LoggerFactory $factory)
    {
        $this->logger = $factory->get('audit', 'default');
    }

    public function record(string $action, array $fields): void
    {
        unset($fields['password']);
        $this->logger->info($action, $fields);
    }
}
