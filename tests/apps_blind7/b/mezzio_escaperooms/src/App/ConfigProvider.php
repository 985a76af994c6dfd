<?php

declare(strict_types=1);

namespace App;

use App\Handler\CorporateCardHandler;
use App\Handler\CreateBookingHandler;
use App\Handler\RoomStatusHandler;
use App\Middleware\CorrelationIdMiddleware;
use App\Service\Marketing;
use App\Service\PaymentGateway;
use Doctrine\ORM\EntityManagerInterface;
use GuzzleHttp\Client;
use Psr\Container\ContainerInterface;

final class ConfigProvider
{
    public function __invoke(): array
    {
        return [
            'dependencies' => $this->getDependencies(),
            'laminas-cli' => ['commands' => ['app:settle-events' => Command\SettleCorporateEventsCommand::class]],
        ];
    }

    public function getDependencies(): array
    {
        return [
            'factories' => [
                PaymentGateway::class => static function (ContainerInterface $c): PaymentGateway {
                    $cfg = $c->get('config')['payments'];
                    $http = new Client([
                        'base_uri' => $cfg['base_uri'],
                        'headers' => ['Authorization' => 'Bearer ' . $cfg['api_key']],
                        'verify' => $cfg['verify'],
                        'timeout' => 15,
                    ]);
                    return new PaymentGateway($http, $c->get('logger.payments'));
                },
                Marketing::class => static function (ContainerInterface $c): Marketing {
                    $cfg = $c->get('config');
                    $cio = new Client([
                        'base_uri' => $cfg['customerio']['base_uri'],
                        'auth' => [$cfg['customerio']['site_id'], $cfg['customerio']['api_key']],
                        'timeout' => 5,
                    ]);
                    $graph = new Client(['base_uri' => 'https://graph.facebook.com/', 'timeout' => 5]);
                    return new Marketing($cio, $graph, $cfg['meta'], $c->get('logger.app'));
                },
                CreateBookingHandler::class => static fn (ContainerInterface $c) => new CreateBookingHandler(
                    $c->get(EntityManagerInterface::class),
                    $c->get(PaymentGateway::class),
                    $c->get(Marketing::class),
                    $c->get('logger.app'),
                ),
                CorporateCardHandler::class => static fn (ContainerInterface $c) => new CorporateCardHandler(
                    $c->get(EntityManagerInterface::class),
                    $c->get('logger.payments'),
                ),
                RoomStatusHandler::class => static fn (ContainerInterface $c) => new RoomStatusHandler(
                    new Client(),
                    $c->get('config')['room_controller']['status_url'],
                    $c->get('logger.app'),
                ),
                CorrelationIdMiddleware::class => static fn (ContainerInterface $c) => new CorrelationIdMiddleware([
                    $c->get('logger.app'), $c->get('logger.payments'), $c->get('logger.webhooks'),
                ]),
            ],
        ];
    }
}
