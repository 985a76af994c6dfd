<?php
namespace App\Lib;

final class Logger
{
    private static array $channels = [];
    private static array $context = [];

    private function __construct(private \Log $log, private string $channel) {}

    public static function channel(string $name): self
    {
        return self::$channels[$name] ??= new self(new \Log($name . '.log'), $name);
    }

    public static function withContext(array $context): void
    {
        self::$context = array_merge(self::$context, $context);
    }

    public static function resetContext(): void
    {
        self::$context = [];
    }

    private function line(string $level, string $message): void
    {
        $ctx = self::$context ? ' ' . json_encode(self::$context) : '';
        $this->log->write(sprintf('%s.%s %s%s', $this->channel, strtoupper($level), $message, $ctx));
    }

    public function info(string $message): void { $this->line('info', $message); }
    public function warning(string $message): void { $this->line('warning', $message); }
    public function error(string $message): void { $this->line('error', $message); }
    public function debug(string $message): void
    {
        if (\Base::instance()->get('DEBUG') > 0) {
            $this->line('debug', $message);
        }
    }
}
