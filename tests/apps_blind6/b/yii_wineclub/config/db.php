<?php

return [
    'class' => 'yii\db\Connection',
    'dsn' => 'pgsql:host=localhost;dbname=wineclub',
    'username' => 'wineclub',
    'password' => getenv('DB_PASSWORD'),
    'charset' => 'utf8',
];
