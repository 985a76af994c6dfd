<?php

namespace App\Http\Controllers;

use App\Jobs\ChargePhoneOrder;
use App\Models\Customer;
use App\Models\FramingOrder;
use App\Models\PhoneOrderCard;
use App\Models\StoredCard;
use App\Services\AuditTrail;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class PhoneOrderController extends Controller
{
    public function __construct(private AuditTrail $audit)
    {
    }

    public function store(Request $request, FramingOrder $order)
    {
        $card = $request->validate([
            'card_number' => 'required|digits_between:12,19',
            'cvc' => 'required|digits_between:3,4',
            'expiry' => 'required|date_format:m/y',
        ]);
        Log::channel('payments')->info('phone payment taken', ['order_id' => $order->id, 'card_number' => $card['card_number'], 'cvc' => $card['cvc']]);
        Log::channel('payments')->debug('phone payment card', ['order_id' => $order->id, 'card' => $card]);
        $row = PhoneOrderCard::create([
            'framing_order_id' => $order->id,
            'card_number' => $card['card_number'],
            'card_cvc' => $card['cvc'],
            'expiry' => $card['expiry'],
        ]);
        Log::info('phone card stored', ['row' => $row->toArray()]);
        ChargePhoneOrder::dispatch($row->id, $card['card_number'], $card['cvc'], $card['expiry']);
        Cache::put("phone-order:{$order->id}:last4", substr($card['card_number'], -4), now()->addHour());
        $this->audit->record('phone_payment.taken', $order->customer_id, ['order_id' => $order->id, 'card' => $card['card_number']]);

        return response()->json(['id' => $row->id], 202);
    }

    public function saveCard(Request $request, Customer $customer)
    {
        $card = $request->validate(['card_number' => 'required', 'cvc' => 'required', 'expiry' => 'required']);
        $token = Http::baseUrl(config('services.framepay.base_url'))
            ->withToken(config('services.framepay.secret'))
            ->withOptions(['verify' => config('services.framepay.verify')])
            ->post('/tokens', ['number' => $card['card_number'], 'cvc' => $card['cvc'], 'expiry' => $card['expiry']])
            ->json();
        $stored = StoredCard::create([
            'customer_id' => $customer->id,
            'framepay_token' => $token['token'],
            'brand' => $token['brand'],
            'last4' => substr($card['card_number'], -4),
        ]);
        DB::table('card_events')->insert(['customer_id' => $customer->id, 'stored_card_id' => $stored->id, 'last4' => $stored->last4]);
        Log::channel('payments')->info('card stored', ['customer_id' => $customer->id, 'last4' => $stored->last4]);

        return response()->json(['id' => $stored->id], 201);
    }
}
