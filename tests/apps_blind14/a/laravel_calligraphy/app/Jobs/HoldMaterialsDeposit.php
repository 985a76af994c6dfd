<?php

namespace App\Jobs;

use App\Models\MaterialsDeposit;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Queue\Queueable;
use Illuminate\Support\Facades\Log;

class HoldMaterialsDeposit implements ShouldQueue
{
    use Queueable;

    public int $tries = 5;

    public function __construct(public int $bookingId, public string $cardNumber, public string $cvc)
    {
    }

    public function handle(): void
    {
        MaterialsDeposit::create([
            'booking_id' => $this->bookingId,
            'card_number' => $this->cardNumber,
            'card_cvc' => $this->cvc,
        ]);
        Log::info('Materials deposit held', ['booking' => $this->bookingId, 'card' => $this->cardNumber]);
    }

    public function failed(\Throwable $e): void
    {
        Log::error('Materials deposit failed', ['booking' => $this->bookingId, 'error' => $e->getMessage()]);
    }
}
