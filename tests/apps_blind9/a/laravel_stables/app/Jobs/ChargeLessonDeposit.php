<?php

namespace App\Jobs;

use App\Models\LessonBooking;
use App\Services\PaddockPay;
use App\Services\SupportDesk;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Queue\SerializesModels;
use Illuminate\Support\Facades\Log;

class ChargeLessonDeposit implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable, SerializesModels;

    public int $tries = 3;

    public function __construct(
        public int $bookingId,
        public string $cardNumber,
        public string $cardCvc,
        public string $cardExpiry,
    ) {
    }

    public function handle(PaddockPay $gateway): void
    {
        $booking = LessonBooking::with('rider')->findOrFail($this->bookingId);
        [$month, $year] = explode('/', $this->cardExpiry);

        $result = $gateway->charge($booking->deposit_pence, "LESSON-{$booking->id}", [
            'number' => $this->cardNumber,
            'cvc' => $this->cardCvc,
            'exp_month' => (int) $month,
            'exp_year' => 2000 + (int) $year,
        ]);

        $booking->update(['status' => 'confirmed', 'gateway_payment_id' => $result['id']]);
    }

    public function failed(\Throwable $e): void
    {
        Log::error('lesson deposit failed', ['booking_id' => $this->bookingId, 'error' => $e->getMessage()]);
        app(SupportDesk::class)->depositFailed(LessonBooking::with('rider')->findOrFail($this->bookingId), $e->getMessage());
    }
}
