<?php

use CodeIgniter\Router\RouteCollection;

/**
 * @var RouteCollection $routes
 */
$routes->get('health', static fn () => service('response')->setJSON(['status' => 'ok']));

$routes->group('api', ['namespace' => 'App\Controllers\Api'], static function ($routes) {
    $routes->post('accounts', 'Accounts::register');
    $routes->post('login', 'Accounts::login');
    $routes->post('password/reset', 'Accounts::resetPassword');
    $routes->post('permits', 'Permits::purchase', ['filter' => 'session']);
    $routes->post('permits/fleet', 'Permits::purchaseWithFleetCard', ['filter' => 'session']);
    $routes->post('stations/session', 'PayStations::sessionStarted', ['filter' => 'stationauth']);
    $routes->post('stations/heartbeat', 'PayStations::heartbeat', ['filter' => 'stationauth']);
});
