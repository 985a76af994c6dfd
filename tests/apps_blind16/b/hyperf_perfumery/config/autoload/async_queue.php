<?php

declare(strict_types=1);

return [
    'default' => [
        'driver' => Hyperf\AsyncQueue\Driver\RedisDriver::class,
        'redis' => ['pool' => 'default'],
        'channel' => '{scentlab.queue}',
        'timeout' => 2,
        'retry_seconds' => [30, 120, 600],
        'handle_timeout' => 15,
        'processes' => 1,
        'concurrent' => ['limit' => 5],
    ],
];
