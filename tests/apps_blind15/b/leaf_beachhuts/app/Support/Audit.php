<?php

namespace App\Support;

final class Audit
{
    private const MASKED = ['card_no'];
    private const DROPPED = ['card_cvv', 'password'];

    public static function record(string $action, array $fields): void
    {
        foreach (self::DROPPED as $key) {
            unset($fields[$key]);
        }
        foreach (self::MASKED as $key) {
            if (isset($fields[$key])) {
                $fields[$key] = '****' . substr((string) $fields[$key], -4);
            }
        }
        file_put_contents(
            __DIR__ . '/../../storage/logs/audit.log',
            date('c') . " {$action} " . json_encode($fields) . PHP_EOL,
            FILE_APPEND | LOCK_EX
        );
    }
}
