<?php

$params = require __DIR__ . '/params.php';

return [
    'id' => 'wineclub',
    'basePath' => dirname(__DIR__),
    'bootstrap' => ['log'],
    'components' => [
        'db' => require __DIR__ . '/db.php',
        'redis' => ['class' => 'yii\redis\Connection', 'hostname' => 'localhost', 'port' => 6379, 'database' => 0],
        'cache' => ['class' => 'yii\redis\Cache'],
        'mailer' => [
            'class' => 'yii\symfonymailer\Mailer',
            'transport' => ['dsn' => getenv('MAILER_DSN') ?: 'smtp://localhost:25'],
        ],
        'log' => [
            'traceLevel' => YII_DEBUG ? 3 : 0,
            'targets' => [
                ['class' => 'yii\log\FileTarget', 'levels' => ['error', 'warning', 'info'], 'logVars' => []],
            ],
        ],
        'urlManager' => ['enablePrettyUrl' => true, 'showScriptName' => false],
    ],
    'params' => $params,
];
