<?php
require __DIR__ . '/vendor/autoload.php';

$f3 = \Base::instance();
$f3->config(__DIR__ . '/config/config.ini');
$f3->config(__DIR__ . '/config/integrations.ini');
$f3->config(__DIR__ . '/config/routes.ini');

$f3->set('DB', new \DB\SQL($f3->get('db.dsn'), $f3->get('db.user'), getenv('DB_PASSWORD') ?: ''));
$f3->set('ONERROR', function (\Base $f3) {
    \App\Lib\Logger::channel('error')->error('unhandled ' . $f3->get('ERROR.code') . ' ' . $f3->get('ERROR.text'));
    echo json_encode(['error' => $f3->get('ERROR.status')]);
});

$f3->run();
