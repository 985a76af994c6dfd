<?php

declare(strict_types=1);

namespace App\Job;

use App\Service\HttpClients;
use Hyperf\AsyncQueue\Job;
use Hyperf\Context\ApplicationContext;

class SupplierOrderJob extends Job
{
    public function __construct(public array $kitOrder)
    {
    }

    public function handle(): void
    {
        $supplier = ApplicationContext::getContainer()->get(HttpClients::class)->supplier();
        $supplier->post('/kit-orders', ['json' => [
            'ship_to_name' => $this->kitOrder['name'],
            'ship_to_address' => $this->kitOrder['address'],
            'ship_to_phone' => $this->kitOrder['phone'],
            'essences' => $this->kitOrder['essences'],
        ]]);
    }
}
