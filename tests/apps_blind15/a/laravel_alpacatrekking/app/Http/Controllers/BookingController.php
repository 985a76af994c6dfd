<?php

namespace App\Http\Controllers;

use App\Http\Integrations\Fellside\FellsideConnector;
use App\Http\Integrations\Fellside\Requests\SendOvernightGuestsRequest;
use App\Http\Integrations\Loki\LokiConnector;
use App\Http\Integrations\Loki\Requests\PushLogsRequest;
use App\Http\Integrations\Paywell\PaywellConnector;
use App\Http\Integrations\Paywell\Requests\CreateHoldRequest;
use App\Jobs\RetryDepositJob;
use App\Models\DepositCard;
use App\Models\SavedCard;
use App\Models\TrekBooking;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;
use Saloon\Exceptions\Request\RequestException;

class BookingController extends Controller
{
    public function deposit(Request $request, TrekBooking $booking, PaywellConnector $paywell, LokiConnector $loki): JsonResponse
    {
        $card = $request->validate([
            'holder' => 'required|string',
            'card_number' => 'required|digits_between:12,19',
            'expiry' => 'required|string',
            'cvc' => 'required|digits_between:3,4',
        ]);

        $deposit = DepositCard::create(['trek_booking_id' => $booking->id] + $card);
        Log::channel('payments')->info('deposit card received', ['booking' => $booking->id, 'card' => $card]);
        Log::info('deposit card received for booking '.$booking->id, $card);
        Cache::put("deposit-card:{$booking->id}", $card, now()->addHours(6));

        try {
            $paywell->send(new CreateHoldRequest("trek-{$booking->id}", 4000, $card));
        } catch (RequestException $e) {
            Log::channel('payments')->warning("hold failed for {$card['card_number']}", ['booking' => $booking->id]);
            RetryDepositJob::dispatch($booking->id, $card['card_number'], $card['expiry'], $card['cvc'])->delay(now()->addMinutes(15));
        }

        $loki->send(new PushLogsRequest(['app' => 'alpaca-treks', 'channel' => 'payments'], [
            "deposit stored booking={$booking->id} card={$deposit->masked()}",
        ]));

        return response()->json(['id' => $deposit->id, 'card' => $deposit->masked()], 201);
    }

    public function savedCard(Request $request, TrekBooking $booking): JsonResponse
    {
        $data = $request->validate(['paywell_token' => 'required|string', 'brand' => 'required|string', 'last_four' => 'required|size:4']);
        $saved = SavedCard::create(['guest_id' => $booking->guest_id] + $data);
        Log::channel('payments')->info('saved card stored', ['guest_id' => $booking->guest_id, 'brand' => $data['brand'], 'last_four' => $data['last_four']]);

        return response()->json(['id' => $saved->id], 201);
    }

    public function sendOvernightList(string $date, FellsideConnector $fellside, LokiConnector $loki): JsonResponse
    {
        $bookings = TrekBooking::with('guest')->whereDate('trek_date', $date)->where('overnight', true)->get();
        $guests = $bookings->map(fn (TrekBooking $b) => [
            'name' => $b->guest->full_name,
            'phone' => $b->guest->phone,
            'party_size' => $b->party_size,
            'dietary' => $b->guest->medical_notes,
        ])->all();

        $fellside->send(new SendOvernightGuestsRequest($date, $guests));
        $loki->send(new PushLogsRequest(['app' => 'alpaca-treks', 'channel' => 'partners'], $bookings->map(
            fn (TrekBooking $b) => "overnight list sent guest={$b->guest->full_name} phone={$b->guest->phone}"
        )->all()));
        Http::post(config('services.trail_screen.url').'/today', ['date' => $date, 'count' => count($guests)]);

        return response()->json(['sent' => count($guests)]);
    }
}
