<?php

namespace App\Jobs;

use App\Models\Prescription;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class SendRefillReminder implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public function __construct(public Prescription $prescription)
    {
    }

    public function handle(): void
    {
        $patient = $this->prescription->patient;

        $response = Http::withToken(config('services.sms.token'))
            ->post('https://api.sms-provider.example.com/messages', [
                'to' => $patient->mobile,
                'body' => "Your {$this->prescription->medication} is ready for refill.",
            ]);

        if ($response->failed()) {
            Log::warning('Refill reminder failed', ['prescription_id' => $this->prescription->id, 'mobile' => $patient->mobile]);
        }
    }
}
