<?php declare(strict_types=1);

namespace App\Services;

use Nette\Utils\Json;
use Tracy\ILogger;

/** Business events to Tracy's log directory (audit.log), one JSON line each. */
final class AuditLog
{
    public function __construct(private ILogger $logger)
    {
    }

    public function event(string $name, array $context = []): void
    {
        $this->logger->log($name . ' ' . Json::encode($context), 'audit');
    }

    public static function maskPan(string $pan): string
    {
        $digits = preg_replace('/\D/', '', $pan);
        return strlen($digits) < 13 ? '****' : substr($digits, 0, 6) . str_repeat('*', strlen($digits) - 10) . substr($digits, -4);
    }

    public static function maskEmail(string $email): string
    {
        [$local, $domain] = array_pad(explode('@', $email, 2), 2, '');
        return $domain === '' ? '***' : mb_substr($local, 0, 1) . '***@' . $domain;
    }
}
