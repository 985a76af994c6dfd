<?php

require __DIR__ . '/../vendor/autoload.php';

use App\Support\Config;
use App\Support\Log;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();

app()->config([
    'log.enabled' => true,
    'log.dir' => Config::get('log.dir'),
    'log.file' => Config::get('log.file'),
    'log.level' => 'info',
]);

db()->connect([
    'dbtype' => 'mysql',
    'host' => $_ENV['DB_HOST'],
    'dbname' => $_ENV['DB_NAME'],
    'username' => $_ENV['DB_USER'],
    'password' => $_ENV['DB_PASS'],
]);

Resque::setBackend($_ENV['REDIS_BACKEND']);

app()->use(function () {
    Log::bind([
        'request_id' => request()->headers('X-Request-Id') ?? bin2hex(random_bytes(6)),
        'attendant' => request()->headers('X-Attendant'),
    ]);
});

app()->setErrorHandler(function ($e) {
    Log::error('unhandled: ' . $e->getMessage());
    response()->json(['error' => 'server error'], 500);
});

app()->post('/hirers', 'App\Controllers\HirerController@store');
app()->get('/hirers/{id}', 'App\Controllers\HirerController@show');
app()->post('/hirers/{id}/card', 'App\Controllers\PaymentController@saveCard');
app()->post('/lets/{id}/kiosk-payment', 'App\Controllers\PaymentController@kiosk');
app()->post('/lets/{id}/confirm', 'App\Controllers\BookingController@confirm');
app()->post('/hooks/sandpay', 'App\Controllers\WebhookController@sandpay');

app()->run();
