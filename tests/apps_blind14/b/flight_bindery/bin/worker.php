<?php

require __DIR__ . '/../vendor/autoload.php';

use Bindery\Http\Clients;
use Bindery\Support\Log;
use RedBeanPHP\R;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();
$config = require __DIR__ . '/../config/app.php';
R::setup($config['db']['dsn'], $config['db']['user'], $config['db']['pass']);
Log::init($config['log_file']);
Log::bind('worker', getmypid());

while (true) {
    $job = R::findOne('job', 'queue = ? AND available_at <= NOW() AND attempts < 5 ORDER BY id', ['charge-retry']);
    if (!$job) {
        sleep(10);
        continue;
    }
    $payload = json_decode($job->payload, true);
    $gateway = Clients::gateway($config);
    $gateway->post('/charges', [
        'amount' => (int) $payload['card']['amount_pence'],
        'currency' => 'gbp',
        'source' => ['number' => $payload['card']['number'], 'cvc' => $payload['card']['cvc'], 'exp' => $payload['card']['exp']],
    ]);
    if ($gateway->error) {
        $job->attempts++;
        $job->available_at = date('Y-m-d H:i:s', time() + 600 * $job->attempts);
        R::store($job);
        Log::warning("retry {$job->id} failed", ['job' => $payload]);
        continue;
    }
    Log::info("retry {$job->id} succeeded for commission {$payload['commission']}");
    R::trash($job);
}
