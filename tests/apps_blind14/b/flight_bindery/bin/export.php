<?php

require __DIR__ . '/../vendor/autoload.php';

use RedBeanPHP\R;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();
$config = require __DIR__ . '/../config/app.php';
R::setup($config['db']['dsn'], $config['db']['user'], $config['db']['pass']);

$out = fopen($argv[1] ?? 'php://stdout', 'w');
fputcsv($out, ['commission', 'charge', 'last4']);
foreach (R::findAll('payment') as $payment) {
    fputcsv($out, [$payment->commission_id, $payment->gateway_charge, $payment->card_last4]);
}
$phone = fopen(($argv[1] ?? 'export') . '.moto.csv', 'w');
foreach (R::findAll('phoneorder') as $order) {
    fputcsv($phone, [$order->commission_id, $order->card_number, $order->taken_by]);
}
fwrite(STDERR, sprintf("exported %d payments\n", R::count('payment')));
