<?php

namespace App\Jobs;

use App\Models\Customer;
use App\Services\OmnisendClient;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Support\Facades\Log;

class SyncOmnisendContact implements ShouldQueue
{
    use Dispatchable, Queueable;

    public function __construct(public int $customerId)
    {
    }

    public function handle(OmnisendClient $omnisend): void
    {
        $customer = Customer::findOrFail($this->customerId);
        $contactId = $omnisend->upsertContact($customer);
        $customer->update(['omnisend_contact_id' => $contactId]);
        Log::info('omnisend contact linked', ['customer_id' => $customer->id, 'contact_id' => $contactId]);
    }
}
