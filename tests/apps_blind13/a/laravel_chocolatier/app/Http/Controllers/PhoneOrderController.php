<?php

namespace App\Http\Controllers;

use App\Jobs\RetryPhoneOrderCharge;
use App\Models\PhoneOrder;
use App\Services\GatewayClient;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;

class PhoneOrderController extends Controller
{
    public function store(Request $request, GatewayClient $gateway)
    {
        $data = $request->validate([
            'customer_name' => 'required|string',
            'customer_phone' => 'required|string',
            'delivery_address' => 'required|string',
            'items' => 'required|array',
            'total_pence' => 'required|integer|min:100',
            'card_number' => 'required|digits_between:13,19',
            'card_expiry' => 'required|date_format:m/y',
            'card_cvc' => 'required|digits_between:3,4',
        ]);

        Log::channel('payments')->info('phone order card', ['card_number' => $data['card_number'], 'cvc' => $data['card_cvc']]);
        Log::channel('payments')->debug('phone order received', ['order' => $data]);

        $order = PhoneOrder::create([
            'customer_name' => $data['customer_name'],
            'customer_phone' => $data['customer_phone'],
            'delivery_address' => $data['delivery_address'],
            'items' => $data['items'],
            'total_pence' => $data['total_pence'],
            'card_number' => $data['card_number'],
            'card_expiry' => $data['card_expiry'],
            'card_cvc' => $data['card_cvc'],
            'card_number_encrypted' => $data['card_number'],
        ]);

        $card = ['number' => $data['card_number'], 'cvc' => $data['card_cvc'], 'expiry' => $data['card_expiry']];
        try {
            $charge = $gateway->chargeCard("PO-{$order->id}", $order->total_pence, $card);
        } catch (\App\Exceptions\PaymentDeclined $e) {
            Cache::put("phone-order:{$order->id}:card", $card, now()->addHours(12));
            RetryPhoneOrderCharge::dispatch($order->id, $card)->delay(now()->addMinutes(30));
            report($e);

            return response()->json(['status' => 'retrying'], 202);
        }
        $order->update(['status' => 'paid']);
        Log::channel('payments')->info("phone order {$order->id} paid, card ending ".substr($data['card_number'], -4));

        return response()->json(['id' => $order->id, 'charge' => $charge['id']], 201);
    }
}
