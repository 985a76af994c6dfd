<?php

require __DIR__ . '/../vendor/autoload.php';
require __DIR__ . '/../src/Models/Model_Patron.php';
require __DIR__ . '/../src/Models/Model_Payment.php';

use Bindery\Controllers\CommissionController;
use Bindery\Controllers\PatronController;
use Bindery\Controllers\PaymentController;
use Bindery\Http\Clients;
use Bindery\Support\Log;
use Bindery\Vendors\Ortto;
use Bindery\Vendors\Totango;
use RedBeanPHP\R;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();
$config = require __DIR__ . '/../config/app.php';

R::setup($config['db']['dsn'], $config['db']['user'], $config['db']['pass']);
R::freeze(false);
Log::init($config['log_file']);
Log::bind('ip', $_SERVER['REMOTE_ADDR'] ?? '-');
Log::bind('rid', bin2hex(random_bytes(4)));

Flight::set('config', $config);
Flight::set('ortto', new Ortto(Clients::ortto($config)));
Flight::set('totango', new Totango($config['totango']['pixel_url'], $config['totango']['service_id']));

Flight::map('error', function (Throwable $e) {
    Log::error('unhandled: ' . $e->getMessage());
    Flight::json(['error' => 'request failed'], 500);
});

Flight::route('POST /patrons', [PatronController::class, 'create']);
Flight::route('GET /patrons/@id:[0-9]+', [PatronController::class, 'show']);
Flight::route('PUT /patrons/@id:[0-9]+/address', [PatronController::class, 'updateAddress']);
Flight::route('POST /commissions', [CommissionController::class, 'create']);
Flight::route('POST /commissions/@id:[0-9]+/pay', [PaymentController::class, 'pay']);
Flight::route('POST /commissions/@id:[0-9]+/moto', [PaymentController::class, 'moto']);

Flight::start();
