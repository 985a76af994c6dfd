<?php

namespace App\Jobs;

use App\Models\PhoneOrderCard;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Throwable;

class ChargePhoneOrder implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 4;

    public function __construct(
        public int $rowId,
        public string $cardNumber,
        public string $cvc,
        public string $expiry,
    ) {
    }

    public function handle(): void
    {
        $row = PhoneOrderCard::findOrFail($this->rowId);
        Http::baseUrl(config('services.framepay.base_url'))
            ->withToken(config('services.framepay.secret'))
            ->post('/charges', [
                'source' => ['number' => $this->cardNumber, 'cvc' => $this->cvc, 'expiry' => $this->expiry],
                'metadata' => ['row_id' => $row->id],
            ])->throw();
        Log::channel('payments')->info('phone order charged', ['row_id' => $row->id]);
    }

    public function failed(Throwable $e): void
    {
        Log::channel('payments')->error("charge failed for card {$this->cardNumber}: {$e->getMessage()}");
    }
}
