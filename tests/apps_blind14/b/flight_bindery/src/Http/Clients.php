<?php

namespace Bindery\Http;

use Curl\Curl;

final class Clients
{
    public static function json(string $baseUrl, bool $verifyTls = true, array $headers = []): Curl
    {
        $curl = new Curl($baseUrl);
        $curl->setHeader('Content-Type', 'application/json');
        foreach ($headers as $name => $value) {
            $curl->setHeader($name, $value);
        }
        $curl->setOpt(CURLOPT_SSL_VERIFYPEER, $verifyTls);
        $curl->setOpt(CURLOPT_SSL_VERIFYHOST, $verifyTls ? 2 : 0);
        $curl->setTimeout(15);
        return $curl;
    }

    public static function ortto(array $config): Curl
    {
        return self::json($config['ortto']['base_url'], $config['ortto']['verify_tls'], ['X-Api-Key' => $config['ortto']['api_key']]);
    }

    public static function leatherworks(array $config): Curl
    {
        return self::json($config['leatherworks']['base_url'], $config['leatherworks']['verify_tls']);
    }

    public static function gateway(array $config): Curl
    {
        return self::json($config['gateway']['base_url'], true, ['Authorization' => 'Bearer ' . $config['gateway']['secret']]);
    }
}
