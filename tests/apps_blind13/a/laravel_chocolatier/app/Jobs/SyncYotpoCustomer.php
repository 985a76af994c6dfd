<?php

namespace App\Jobs;

use App\Models\Customer;
use App\Services\YotpoLoyalty;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Log;

class SyncYotpoCustomer implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 5;

    public function __construct(public Customer $customer)
    {
    }

    public function handle(YotpoLoyalty $yotpo): void
    {
        $yotpo->createOrUpdateCustomer($this->customer);
        Log::info('yotpo customer synced', ['customer_id' => $this->customer->id]);
    }

    public function failed(\Throwable $e): void
    {
        Log::error('yotpo sync failed', ['customer' => $this->customer->toArray(), 'error' => $e->getMessage()]);
    }
}
