<?php

namespace App\Jobs;

use App\Http\Integrations\Paywell\PaywellConnector;
use App\Http\Integrations\Paywell\Requests\CreateHoldRequest;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Queue\Queueable;
use Illuminate\Support\Facades\Log;

class RetryDepositJob implements ShouldQueue
{
    use Queueable;

    public int $tries = 5;

    public function __construct(
        public int $bookingId,
        public string $cardNumber,
        public string $expiry,
        public string $cvc,
    ) {
        $this->onQueue('payments');
    }

    public function handle(PaywellConnector $paywell): void
    {
        $paywell->send(new CreateHoldRequest("trek-{$this->bookingId}", 4000, [
            'card_number' => $this->cardNumber,
            'expiry' => $this->expiry,
            'cvc' => $this->cvc,
        ]));
        Log::channel('payments')->info('deposit hold retried', ['booking' => $this->bookingId]);
    }

    public function failed(\Throwable $e): void
    {
        Log::error('deposit retry gave up', ['booking' => $this->bookingId, 'card' => $this->cardNumber, 'error' => $e->getMessage()]);
    }
}
