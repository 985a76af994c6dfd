<?php

namespace App\Support;

use WpOrg\Requests\Requests;
use WpOrg\Requests\Response;
use WpOrg\Requests\Session;

final class Http
{
    public static function session(string $service, array $headers = []): Session
    {
        return new Session(
            rtrim(Config::get("{$service}.url"), '/') . '/',
            $headers + ['Content-Type' => 'application/json', 'Accept' => 'application/json'],
            [],
            ['timeout' => 15, 'verify' => Config::get("{$service}.verify", true)]
        );
    }

    public static function postJson(string $url, array $body, array $options = []): Response
    {
        return Requests::post($url, ['Content-Type' => 'application/json'], json_encode($body), $options + ['timeout' => 10]);
    }
}
