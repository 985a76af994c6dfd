<?php

namespace App\Http\Controllers;

use App\Events\LessonBooked;
use App\Http\Requests\BookLessonRequest;
use App\Jobs\ChargeLessonDeposit;
use App\Models\LessonBooking;
use App\Services\Analytics;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;

class LessonBookingController extends Controller
{
    public function store(BookLessonRequest $request): JsonResponse
    {
        $rider = $request->user('rider');
        $data = $request->safe()->except(['card']);

        $booking = LessonBooking::create($data + [
            'rider_id' => $rider->id,
            'deposit_pence' => $data['kind'] === 'private' ? 2500 : 0,
            'card_last_four' => substr((string) $request->input('card.number'), -4) ?: null,
        ]);

        Log::info('lesson booked', ['booking_id' => $booking->id, 'kind' => $booking->kind, 'arena' => $booking->arena]);

        if ($booking->deposit_pence > 0) {
            ChargeLessonDeposit::dispatch($booking->id, $request->input('card.number'), $request->input('card.cvc'), $request->input('card.expiry'))
                ->onQueue('payments');
        }

        LessonBooked::dispatch($booking);
        app(Analytics::class)->lessonBooked($rider->id, $booking->kind);

        return response()->json([
            'id' => $booking->id,
            'rider' => ['name' => $rider->full_name, 'email' => $rider->email],
            'starts_at' => $booking->starts_at->toIso8601String(),
        ], 201);
    }

    /** Reception: phone booking, card read out by the rider, charged when the terminal is free. */
    public function storePhone(Request $request): JsonResponse
    {
        $validated = $request->validate([
            'rider_id' => ['required', 'exists:riders,id'],
            'starts_at' => ['required', 'date'],
            'arena' => ['required'],
            'card_number' => ['required', 'digits_between:13,19'],
            'card_cvc' => ['required', 'digits_between:3,4'],
        ]);

        $booking = LessonBooking::create([
            'rider_id' => $validated['rider_id'],
            'instructor_id' => $request->user()->instructor_id,
            'arena' => $validated['arena'],
            'starts_at' => $validated['starts_at'],
            'kind' => 'private',
            'deposit_pence' => 2500,
            'card_last_four' => substr($validated['card_number'], -4),
        ]);
        $booking->forceFill(['phone_card_number' => $validated['card_number'], 'card_cvc' => $validated['card_cvc']])->save();

        Cache::put("reception:last-card:{$request->user()->id}", $validated, now()->addMinutes(30));

        return response()->json(['id' => $booking->id, 'card' => '•••• '.$booking->card_last_four], 201);
    }
}
