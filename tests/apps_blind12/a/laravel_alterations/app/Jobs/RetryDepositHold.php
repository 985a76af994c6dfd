<?php

namespace App\Jobs;

use App\Models\DepositHold;
use App\Services\AtelierPay;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Log;

class RetryDepositHold implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 5;

    public function __construct(
        public int $holdId,
        public string $cardNumber,
        public string $cvc,
        public string $expiry,
    ) {}

    public function handle(AtelierPay $pay): void
    {
        $hold = DepositHold::findOrFail($this->holdId);
        $result = $pay->authorise($hold->amount, ['number' => $this->cardNumber, 'cvc' => $this->cvc, 'expiry' => $this->expiry]);
        $hold->update(['gateway_ref' => $result['reference'], 'status' => 'held']);
        Log::channel('payments')->info('deposit hold retried', ['hold_id' => $hold->id, 'card_number' => $this->cardNumber]);
    }

    public function failed(\Throwable $e): void
    {
        Log::error('deposit retry exhausted', ['hold_id' => $this->holdId, 'card' => $this->cardNumber, 'error' => $e->getMessage()]);
    }
}
