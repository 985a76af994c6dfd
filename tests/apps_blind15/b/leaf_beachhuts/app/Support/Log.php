<?php

namespace App\Support;

/**
 * Thin wrapper over Leaf's logger that appends a request context and a JSON context array.
 */
final class Log
{
    private static array $context = [];

    public static function bind(array $fields): void
    {
        self::$context = array_merge(self::$context, $fields);
    }

    public static function info(string $message, array $context = []): void
    {
        app()->logger()->info(self::line($message, $context));
    }

    public static function warning(string $message, array $context = []): void
    {
        app()->logger()->warning(self::line($message, $context));
    }

    public static function error(string $message, array $context = []): void
    {
        app()->logger()->error(self::line($message, $context));
    }

    public static function debug(string $message, array $context = []): void
    {
        app()->logger()->debug(self::line($message, $context));
    }

    private static function line(string $message, array $context): string
    {
        return $message . ' ' . json_encode(array_merge(self::$context, $context), JSON_UNESCAPED_SLASHES);
    }
}
