<?php

namespace Bindery\Support;

use Analog\Analog;
use Analog\Handler\File;
use Analog\Logger;

final class Log
{
    private static ?Logger $logger = null;
    private static array $context = [];

    public static function init(string $file): void
    {
        Analog::$format = "%s - %s - %s - %s\n";
        self::$logger = new Logger();
        self::$logger->handler(File::init($file));
    }

    public static function bind(string $key, $value): void
    {
        self::$context[$key] = $value;
    }

    public static function info(string $message, array $context = []): void
    {
        self::$logger->info(self::decorate($message), $context);
    }

    public static function warning(string $message, array $context = []): void
    {
        self::$logger->warning(self::decorate($message), $context);
    }

    public static function error(string $message, array $context = []): void
    {
        self::$logger->error(self::decorate($message), $context);
    }

    private static function decorate(string $message): string
    {
        $prefix = '';
        foreach (self::$context as $k => $v) {
            $prefix .= "[$k=$v] ";
        }
        return $prefix . $message;
    }
}
