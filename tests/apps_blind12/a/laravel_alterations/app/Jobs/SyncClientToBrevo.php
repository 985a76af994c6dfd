<?php

namespace App\Jobs;

use App\Models\Client;
use App\Services\BrevoContacts;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Log;

class SyncClientToBrevo implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public function __construct(public Client $client) {}

    public function handle(BrevoContacts $brevo): void
    {
        try {
            $brevo->upsert($this->client);
            Log::info('brevo sync ok', ['client_id' => $this->client->id]);
        } catch (\Illuminate\Http\Client\RequestException $e) {
            Log::warning("brevo sync failed for {$this->client}", ['status' => $e->response->status()]);
            $this->release(120);
        }
    }
}
