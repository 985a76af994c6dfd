<?php

namespace App\Listeners;

use App\Events\LessonBooked;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

/** The arena board in the yard office shows today's lessons with the rider's name and age group. */
class UpdateArenaBoard implements ShouldQueue
{
    public function handle(LessonBooked $event): void
    {
        $booking = $event->booking->loadMissing('rider');
        $rider = $booking->rider;

        $response = Http::baseUrl(config('services.arena_board.url'))->timeout(5)->post('/slots', [
            'arena' => $booking->arena,
            'time' => $booking->starts_at->format('H:i'),
            'rider' => $rider->full_name,
            'date_of_birth' => $rider->date_of_birth->toDateString(),
            'emergency_phone' => $rider->emergency_contact_phone,
        ]);

        if ($response->failed()) {
            Log::warning('arena board update failed', ['booking_id' => $booking->id, 'status' => $response->status()]);
        }
    }
}
