<?php

namespace App\Jobs;

use App\Models\Booking;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Queue\Queueable;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class SyncVenueRoster implements ShouldQueue
{
    use Queueable;

    public function __construct(public int $bookingId)
    {
    }

    public function handle(): void
    {
        $booking = Booking::with('attendee')->findOrFail($this->bookingId);
        Http::venues()->post('/rosters/'.$booking->workshop_code, [
            'name' => $booking->attendee->name,
            'email' => $booking->attendee->email,
            'phone' => $booking->attendee->phone,
        ]);
        Log::info('Venue roster synced', ['booking' => $booking->id]);
    }
}
