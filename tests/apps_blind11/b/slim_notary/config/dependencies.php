<?php

declare(strict_types=1);

use Katzgrau\KLogger\Logger;
use Medoo\Medoo;
use Pheanstalk\Pheanstalk;
use Psr\Container\ContainerInterface;
use Psr\Log\LoggerInterface;
use Psr\Log\LogLevel;
use Symfony\Component\HttpClient\HttpClient;

return [
    'settings' => require __DIR__ . '/settings.php',

    LoggerInterface::class => function (ContainerInterface $c) {
        $cfg = $c->get('settings')['log'];
        return new Logger($cfg['dir'], LogLevel::INFO, [
            'extension' => 'log',
            'prefix' => 'notary_',
            'logFormat' => '{date} [{level}] {message}',
            'appendContext' => true,
        ]);
    },

    Medoo::class => fn (ContainerInterface $c) => new Medoo($c->get('settings')['db']),

    Pheanstalk::class => fn (ContainerInterface $c) => Pheanstalk::create($c->get('settings')['beanstalk']['host']),

    'http.gateway' => function (ContainerInterface $c) {
        $cfg = $c->get('settings')['gateway'];
        return HttpClient::createForBaseUri($cfg['base_uri'], [
            'verify_peer' => $cfg['verify_peer'],
            'auth_bearer' => getenv('INKWELL_SECRET'),
        ]);
    },

    'http.recorder' => fn (ContainerInterface $c) => HttpClient::createForBaseUri($c->get('settings')['recorder']['base_uri'], ['timeout' => 10]),

    'http.convertkit' => fn (ContainerInterface $c) => HttpClient::createForBaseUri($c->get('settings')['convertkit']['base_uri']),

    'http.loggly' => function (ContainerInterface $c) {
        $cfg = $c->get('settings')['loggly'];
        return HttpClient::createForBaseUri($cfg['base_uri'], [
            'verify_peer' => $cfg['verify_peer'],
            'verify_host' => $cfg['verify_peer'],
        ]);
    },
];
