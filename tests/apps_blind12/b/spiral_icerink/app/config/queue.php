<?php

declare(strict_types=1);

use App\Endpoint\Job\SettlePartyHold;
use App\Endpoint\Job\SyncSkaterToMautic;

return [
    'default' => env('QUEUE_CONNECTION', 'roadrunner'),
    'connections' => [
        'roadrunner' => ['driver' => 'roadrunner', 'pipeline' => 'arena'],
        'sync' => ['driver' => 'sync'],
    ],
    'registry' => [
        'handlers' => [
            'settle-party-hold' => SettlePartyHold::class,
            'sync-skater-mautic' => SyncSkaterToMautic::class,
        ],
    ],
];
