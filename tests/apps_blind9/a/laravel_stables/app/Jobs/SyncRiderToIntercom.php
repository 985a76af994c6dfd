<?php

namespace App\Jobs;

use App\Models\Rider;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Http;

class SyncRiderToIntercom implements ShouldQueue
{
    use Dispatchable, Queueable, SerializesModels;

    public function __construct(public Rider $rider)
    {
    }

    public function handle(): void
    {
        $contact = [
            'role' => 'user',
            'external_id' => "rider-{$this->rider->id}",
            'custom_attributes' => ['rides_booked' => $this->rider->bookings()->count()],
        ];
        $contact['email'] = $this->rider->email;
        $contact['phone'] = $this->rider->phone;
        $contact['name'] = $this->rider->full_name;

        Http::withToken(config('services.intercom.token'))
            ->withHeaders(['Intercom-Version' => '2.11'])
            ->post('https://api.intercom.io/contacts', $contact)
            ->throw();
    }
}
