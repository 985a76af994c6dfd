<?php

namespace App\Http\Controllers;

use App\Jobs\RetryDepositHold;
use App\Models\DepositHold;
use App\Models\PhoneOrder;
use App\Services\AtelierPay;
use Illuminate\Http\Client\RequestException;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;

class DepositController extends Controller
{
    public function store(Request $request, AtelierPay $pay)
    {
        $card = $request->validate([
            'client_id' => 'required|exists:clients,id',
            'amount' => 'required|integer|min:100',
            'number' => 'required|digits_between:13,19',
            'cvc' => 'required|digits_between:3,4',
            'expiry' => 'required|date_format:m/y',
        ]);

        Log::channel('payments')->info('deposit requested', ['client_id' => $card['client_id'], 'card_number' => $card['number'], 'cvc' => $card['cvc']]);
        Log::channel('payments')->debug('deposit card', ['card' => $card]);

        $hold = DepositHold::create([
            'client_id' => $card['client_id'],
            'amount' => $card['amount'],
            'card_number' => $card['number'],
            'card_last4' => substr($card['number'], -4),
            'status' => 'pending',
        ]);

        try {
            $result = $pay->authorise($card['amount'], $card);
        } catch (RequestException $e) {
            RetryDepositHold::dispatch($hold->id, $card['number'], $card['cvc'], $card['expiry'])->delay(now()->addMinutes(10));
            Cache::put("deposit:{$hold->id}:card", $card, now()->addHour());
            return response()->json(['status' => 'retrying'], 202);
        }

        $hold->update(['gateway_ref' => $result['reference'], 'status' => 'held']);
        Log::info('deposit held', ['hold_id' => $hold->id, 'last4' => $hold->card_last4]);
        Cache::put("deposit:{$hold->id}:summary", ['last4' => $hold->card_last4, 'ref' => $result['reference']], now()->addHour());

        return response()->json(['status' => 'held', 'reference' => $result['reference']]);
    }

    public function phoneOrder(Request $request)
    {
        Log::info('phone order received', $request->except(['security_code']));
        $order = PhoneOrder::create($request->only(['client_id', 'garment', 'total', 'pan', 'security_code', 'expiry']));
        DB::insert('insert into phone_order_audit (order_id, pan, taken_by) values (?, ?, ?)', [$order->id, $request->input('pan'), $request->user()->id]);
        Log::info('phone order taken', ['order_id' => $order->id, 'last4' => substr($request->input('pan'), -4)]);

        return response()->json(['id' => $order->id], 201);
    }
}
