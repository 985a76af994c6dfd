<?php

namespace PatchworkBarn\Http;

use React\Http\Browser;
use React\Socket\Connector;

final class Clients
{
    public static function browser(string $baseUrl, bool $verifyPeer = true, float $timeout = 8.0): Browser
    {
        $connector = new Connector([
            'timeout' => $timeout,
            'tls' => [
                'verify_peer' => $verifyPeer,
                'verify_peer_name' => $verifyPeer,
            ],
        ]);
        return (new Browser($connector))->withBase($baseUrl)->withTimeout($timeout);
    }
}
