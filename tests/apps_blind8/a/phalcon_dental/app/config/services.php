<?php

declare(strict_types=1);

use Phalcon\Db\Adapter\Pdo\Mysql;
use Phalcon\Logger\Adapter\Stream;
use Phalcon\Logger\Formatter\Line;
use Phalcon\Logger\Logger;
use Phalcon\Mvc\Model\Metadata\Memory as MetaDataAdapter;

/** @var \Phalcon\Di\FactoryDefault $di */

$di->setShared('config', function () {
    return include APP_PATH . '/config/config.php';
});

$di->setShared('db', function () {
    $config = $this->getConfig();
    return new Mysql($config->database->toArray());
});

$di->setShared('modelsMetadata', function () {
    return new MetaDataAdapter();
});

$di->setShared('logger', function () {
    $config = $this->getConfig();
    $adapter = new Stream($config->application->logsDir . 'app.log');
    $adapter->setFormatter(new Line('[%date%][%level%] %message%', 'Y-m-d H:i:s'));
    return new Logger('smiledesk', ['main' => $adapter]);
});

$di->setShared('paymentsLogger', function () {
    $config = $this->getConfig();
    $adapter = new Stream($config->application->logsDir . 'payments.log');
    return new Logger('payments', ['main' => $adapter]);
});

$di->setShared('gateway', function () {
    return new \SmileDesk\Library\Gateway($this->getConfig()->gateway, $this->get('paymentsLogger'));
});

$di->setShared('honeybadger', function () {
    return \Honeybadger\Honeybadger::new($this->getConfig()->honeybadger->toArray());
});
