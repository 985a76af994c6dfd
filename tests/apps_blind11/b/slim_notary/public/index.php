<?php

declare(strict_types=1);

use DI\ContainerBuilder;
use Psr\Log\LoggerInterface;
use Sealright\Http\Gateway;
use Sealright\Http\Recorder;
use Sealright\Http\Vendors;
use Slim\Factory\AppFactory;

require __DIR__ . '/../vendor/autoload.php';

$builder = new ContainerBuilder();
$builder->addDefinitions(__DIR__ . '/../config/dependencies.php');
$builder->addDefinitions([
    Gateway::class => fn ($c) => new Gateway($c->get('http.gateway')),
    Recorder::class => fn ($c) => new Recorder($c->get('http.recorder')),
    Vendors::class => fn ($c) => new Vendors($c->get('http.convertkit'), $c->get('http.loggly'), $c->get('settings')['convertkit']['form_id']),
]);
$container = $builder->build();

AppFactory::setContainer($container);
$app = AppFactory::create();
$app->addBodyParsingMiddleware();
$app->addRoutingMiddleware();

$errors = $app->addErrorMiddleware(false, true, true, $container->get(LoggerInterface::class));

(require __DIR__ . '/../config/routes.php')($app);

$app->run();
