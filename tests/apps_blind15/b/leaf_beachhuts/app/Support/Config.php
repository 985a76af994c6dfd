<?php

namespace App\Support;

final class Config
{
    private static ?array $items = null;

    public static function get(string $path, mixed $default = null): mixed
    {
        self::$items ??= require __DIR__ . '/../../config/app.php';
        $value = self::$items;
        foreach (explode('.', $path) as $segment) {
            if (!is_array($value) || !array_key_exists($segment, $value)) {
                return $default;
            }
            $value = $value[$segment];
        }
        return $value;
    }
}
