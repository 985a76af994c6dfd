<?php

namespace App\Jobs;

use App\Repositories\HirerRepository;
use App\Support\Log;
use App\Vendors\Nutshell;
use App\Vendors\Twenty;

class SyncHirer
{
    public array $args = [];

    public function perform(): void
    {
        $repo = new HirerRepository();
        $hirer = $repo->find((int) $this->args['hirer_id']);
        if ($hirer === null) {
            return;
        }
        Log::info('syncing hirer', ['hirer' => $hirer]);
        $repo->linkNutshell((int) $hirer['id'], (new Nutshell())->newContact($hirer));
        (new Twenty())->upsertPerson($hirer);
    }
}
