<?php
// php bin/worker.php  (QUEUE=payments,crm)
require __DIR__ . '/../vendor/autoload.php';

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();
Resque::setBackend($_ENV['REDIS_BACKEND']);

$worker = new Resque_Worker(explode(',', getenv('QUEUE') ?: 'payments,crm'));
$worker->logLevel = Resque_Worker::LOG_NORMAL;
fwrite(STDOUT, "*** starting worker {$worker}\n");
$worker->work(5);
