<?php

declare(strict_types=1);

namespace Sealright\Logging;

use Psr\Log\LoggerInterface;
use Sealright\Http\Vendors;

final class Audit
{
    private const MASK = ['id_number', 'password', 'card_number', 'cvc'];

    public function __construct(private LoggerInterface $log, private Vendors $vendors)
    {
    }

    public function record(string $action, array $fields): void
    {
        foreach (self::MASK as $k) {
            if (isset($fields[$k])) {
                $fields[$k] = '[redacted]';
            }
        }
        $this->log->info("audit {$action}", $fields);
    }

    public function ship(string $action, array $fields): void
    {
        $this->vendors->shipEvent('audit', ['action' => $action] + $fields);
    }
}
