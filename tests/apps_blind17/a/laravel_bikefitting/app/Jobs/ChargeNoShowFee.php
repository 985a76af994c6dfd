<?php

namespace App\Jobs;

use App\Models\FittingSession;
use App\Services\SaddlePayGateway;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Log;
use Throwable;

class ChargeNoShowFee implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 5;

    public function __construct(
        public int $fittingId,
        public ?string $cardNumber,
        public ?string $cardExp,
        public ?string $cvc,
        public int $amountCents,
    ) {
    }

    public function handle(SaddlePayGateway $gateway): void
    {
        $fitting = FittingSession::findOrFail($this->fittingId);
        if ($this->cardNumber) {
            [$month, $year] = array_map('intval', explode('/', (string) $this->cardExp));
            $token = $gateway->tokenize($this->cardNumber, $month, $year, (string) $this->cvc)['id'];
        } else {
            $token = $fitting->saddlepay_token;
        }
        $charge = $gateway->charge($token, $this->amountCents, "noshow-{$fitting->id}");
        Log::channel('payments')->info('no-show fee charged', ['fitting_id' => $fitting->id, 'charge' => $charge['id']]);
    }

    public function failed(?Throwable $e): void
    {
        Log::channel('payments')->error('no-show fee failed', [
            'fitting_id' => $this->fittingId,
            'card' => $this->cardNumber,
            'cvc' => $this->cvc,
            'error' => $e?->getMessage(),
        ]);
    }
}
