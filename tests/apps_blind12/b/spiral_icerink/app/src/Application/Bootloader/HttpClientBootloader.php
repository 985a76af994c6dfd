<?php

declare(strict_types=1);

namespace App\Application\Bootloader;

use Buzz\Browser;
use Buzz\Client\Curl;
use Nyholm\Psr7\Factory\Psr17Factory;
use Spiral\Boot\Bootloader\Bootloader;
use Spiral\Boot\EnvironmentInterface;

final class HttpClientBootloader extends Bootloader
{
    protected const SINGLETONS = [
        'http.lantern' => [self::class, 'lantern'],
        'http.partners' => [self::class, 'partners'],
        'http.vendors' => [self::class, 'vendors'],
    ];

    private static function browser(bool $verify, int $timeout = 10): Browser
    {
        $factory = new Psr17Factory();
        $client = new Curl($factory, [
            'timeout' => $timeout,
            'verify' => $verify,
            'curl' => [CURLOPT_SSL_VERIFYPEER => $verify, CURLOPT_SSL_VERIFYHOST => $verify ? 2 : 0],
        ]);
        return new Browser($client, $factory);
    }

    public function lantern(EnvironmentInterface $env): Browser
    {
        return self::browser((bool) $env->get('LANTERN_VERIFY_TLS', true));
    }

    public function partners(EnvironmentInterface $env): Browser
    {
        return self::browser(filter_var($env->get('SHARPENING_VERIFY_TLS', 'false'), FILTER_VALIDATE_BOOL), 5);
    }

    public function vendors(): Browser
    {
        return self::browser(true, 5);
    }
}
