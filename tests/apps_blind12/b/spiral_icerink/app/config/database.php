<?php

declare(strict_types=1);

use Cycle\Database\Config;

return [
    'default' => 'default',
    'databases' => [
        'default' => ['driver' => 'pgsql'],
    ],
    'drivers' => [
        'pgsql' => new Config\PostgresDriverConfig(
            connection: new Config\Postgres\DsnConnectionConfig(
                dsn: env('DB_DSN'),
                user: env('DB_USER'),
                password: env('DB_PASSWORD'),
            ),
            schema: 'public',
            queryCache: true,
        ),
    ],
];
