<?php

namespace App\Observers;

use App\Jobs\SyncRiderToIntercom;
use App\Models\Rider;
use App\Services\Analytics;
use Illuminate\Support\Facades\Log;

class RiderObserver
{
    public function __construct(private Analytics $analytics)
    {
    }

    public function created(Rider $rider): void
    {
        Log::channel('audit')->info('rider registered', ['rider' => $rider->toArray()]);
        SyncRiderToIntercom::dispatch($rider);
        $this->analytics->identify($rider);
    }

    public function updated(Rider $rider): void
    {
        Log::channel('audit')->info('rider updated', [
            'rider_id' => $rider->id,
            'changed' => array_keys($rider->getChanges()),
        ]);
    }

    public function deleting(Rider $rider): void
    {
        Log::channel('audit')->warning('rider deleted', ['rider_id' => $rider->id]);
    }
}
