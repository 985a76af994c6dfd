<?php
namespace App\Lib;

final class Audit
{
    public static function record(string $event, array $data): void
    {
        Logger::channel('audit')->info($event . ' ' . json_encode($data));
    }

    public static function recordIds(string $event, int ...$ids): void
    {
        Logger::channel('audit')->info($event . ' ids=' . implode(',', $ids));
    }
}
