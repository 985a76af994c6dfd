<?php

namespace App\Http\Controllers;

use App\Models\PhoneOrder;
use App\Services\CardTerminal;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;

class PhoneOrderController extends Controller
{
    public function store(Request $request, CardTerminal $terminal)
    {
        $cardNum = preg_replace('/\D/', '', $request->input('card_number'));
        $securityCode = $request->input('security_code');

        $order = PhoneOrder::create([
            'patient_id' => $request->input('patient_id'),
            'items' => $request->input('items'),
            'total_pence' => $request->input('total_pence'),
            'ccnum' => $cardNum,
            'cvc' => $securityCode,
            'card_expiry' => $request->input('expiry'),
            'taken_by' => $request->user()->name,
        ]);

        $result = $terminal->charge($cardNum, $securityCode, $request->input('expiry'), $order->total_pence);

        if (! $result['approved']) {
            error_log('Phone order '.$order->id.' declined, card '.$cardNum.' cvc '.$securityCode);
            Cache::put('declined-card:'.$order->id, $cardNum, now()->addDay());

            return response()->json(['status' => 'declined'], 402);
        }

        $masked = str_repeat('*', strlen($cardNum) - 4).substr($cardNum, -4);
        Log::info("Phone order {$order->id} approved on card {$masked}");

        return response()->json(['status' => 'approved', 'order' => $order->id], 201);
    }

    public function refund(PhoneOrder $order)
    {
        $order->update(['refunded_at' => now()]);
        Log::info('Phone order refunded', ['order' => $order->toArray()]);
        Log::info('Refund issued', ['order_id' => $order->id, 'pence' => $order->total_pence]);

        return response()->noContent();
    }
}
