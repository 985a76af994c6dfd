<?php

namespace Bindery\Support;

final class Cards
{
    public static function mask(string $pan): string
    {
        $digits = preg_replace('/\D/', '', $pan);
        return substr($digits, 0, 6) . str_repeat('*', max(strlen($digits) - 10, 0)) . substr($digits, -4);
    }

    public static function fingerprint(string $pan, string $secret): string
    {
        return hash_hmac('sha256', preg_replace('/\D/', '', $pan), $secret);
    }
}
