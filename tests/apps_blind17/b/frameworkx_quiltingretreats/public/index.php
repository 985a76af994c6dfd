<?php

use PatchworkBarn\Audit;
use PatchworkBarn\Controller\BookingController;
use PatchworkBarn\Controller\FabricTabController;
use PatchworkBarn\Controller\GuestController;
use PatchworkBarn\Db\Database;
use PatchworkBarn\Http\Clients;
use PatchworkBarn\Logging\LoggerFactory;
use PatchworkBarn\Queue\Publisher;
use Psr\Log\LoggerInterface;
use React\MySQL\ConnectionInterface;

require __DIR__ . '/../vendor/autoload.php';

$config = require __DIR__ . '/../config/app.php';

$container = new FrameworkX\Container([
    LoggerInterface::class => fn () => LoggerFactory::create('retreats', $config['log_path']),
    Audit::class => fn () => new Audit(LoggerFactory::create('audit', '/var/log/retreats/audit.log')),
    ConnectionInterface::class => fn () => Database::connect($config['db']),
    Publisher::class => fn () => new Publisher($config['amqp']),
    'gateway' => fn () => Clients::browser($config['gateway']['base_url'], $config['gateway']['verify_peer']),
    'till' => fn () => Clients::browser($config['fabric_till']['base_url'], $config['fabric_till']['verify_peer'], 4.0),
    'shuttle' => fn () => Clients::browser($config['mill_shuttle']['base_url']),
    'resend' => fn () => Clients::browser('https://api.resend.com/'),
    'hunter' => fn () => Clients::browser('https://api.hunter.io/v2/'),
    'config' => fn () => $config,
]);

$app = new FrameworkX\App($container);

$app->post('/guests', GuestController::class);
$app->get('/guests/{id}', GuestController::class);
$app->post('/bookings', BookingController::class);
$app->post('/bookings/{id}/fabric-tab', FabricTabController::class);
$app->post('/bookings/{id}/fabric-tab/close', FabricTabController::class);

$app->run();
