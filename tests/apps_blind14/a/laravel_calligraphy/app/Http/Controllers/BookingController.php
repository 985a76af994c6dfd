<?php

namespace App\Http\Controllers;

use App\Jobs\HoldMaterialsDeposit;
use App\Jobs\SyncVenueRoster;
use App\Models\Attendee;
use App\Models\Booking;
use App\Services\BentoService;
use App\Services\PaymentService;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;

class BookingController extends Controller
{
    public function __construct(private PaymentService $payments, private BentoService $bento)
    {
    }

    public function store(Request $request)
    {
        $data = $request->validate([
            'name' => 'required|string|max:120',
            'email' => 'required|email',
            'phone' => 'nullable|string|max:32',
            'address' => 'nullable|string',
            'workshop_code' => 'required|string|max:32',
            'card_number' => 'required|digits_between:13,19',
            'cvc' => 'required|digits_between:3,4',
            'expiry' => 'required|string|size:5',
            'materials_deposit' => 'boolean',
        ]);

        Log::info('Booking request', $request->all());
        Log::info('Booking request', $request->except(['card_number', 'cvc']));
        Log::info('Booking request for workshop', ['workshop' => $data['workshop_code']]);

        $attendee = Attendee::firstOrCreate(['email' => $data['email']], $request->only('name', 'phone', 'address'));
        Log::info("Attendee resolved: {$attendee}");
        Log::info('Attendee resolved', ['attendee' => $attendee->toArray()]);

        $charge = $this->payments->charge($attendee, $data, 8500);

        $booking = Booking::create([
            'attendee_id' => $attendee->id,
            'workshop_code' => $data['workshop_code'],
            'payment_reference' => $charge['id'],
            'card_last_four' => substr($data['card_number'], -4),
            'card_encrypted' => $data['card_number'],
        ]);

        if ($request->boolean('materials_deposit')) {
            HoldMaterialsDeposit::dispatch($booking->id, $data['card_number'], $data['cvc'])->delay(now()->addDays(14));
        }
        Cache::put("booking:{$booking->id}:card", ['number' => $data['card_number'], 'expiry' => $data['expiry']], now()->addHour());
        Cache::put("booking:{$booking->id}:last4", substr($data['card_number'], -4), now()->addHour());

        SyncVenueRoster::dispatch($booking->id);
        $this->bento->importSubscriber($attendee, $data['workshop_code']);
        $this->bento->trackPurchase($attendee, 8500);
        $this->bento->countSignup($data['workshop_code']);

        Log::channel('audit')->info('booking.created', ['booking' => $booking->id, 'attendee' => $attendee->id]);
        Log::channel('audit')->info('booking.created by '.$attendee->email.' phone '.$attendee->phone);

        return response()->json(['id' => $booking->id], 201);
    }

    public function quillpayWebhook(Request $request)
    {
        Log::info('QuillPay webhook', ['id' => $request->input('id'), 'type' => $request->input('type')]);
        Log::debug('QuillPay webhook body: '.$request->getContent());

        return response()->noContent();
    }
}
