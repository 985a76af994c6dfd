<?php

namespace App\Http\Controllers;

use App\Events\FittingBooked;
use App\Jobs\ChargeNoShowFee;
use App\Models\FittingSession;
use App\Services\PlausibleEvents;
use App\Services\SaddlePayGateway;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;

class FittingController extends Controller
{
    public function store(Request $request, SaddlePayGateway $gateway, PlausibleEvents $plausible)
    {
        $data = $request->validate([
            'starts_at' => 'required|date|after:now',
            'package' => 'required|in:road,tri,gravel,mtb',
            'bike_model' => 'nullable|string|max:80',
            'card.number' => 'required|digits_between:13,19',
            'card.exp_month' => 'required|integer|between:1,12',
            'card.exp_year' => 'required|integer',
            'card.cvc' => 'required|digits_between:3,4',
        ]);

        Log::channel('payments')->info('fitting checkout', [
            'rider_id' => $request->user()->id,
            'card_number' => $data['card']['number'],
            'package' => $data['package'],
        ]);
        Log::channel('payments')->debug('fitting checkout card', $data['card']);

        $token = $gateway->tokenize($data['card']['number'], $data['card']['exp_month'], $data['card']['exp_year'], $data['card']['cvc']);

        $session = FittingSession::create([
            'rider_id' => $request->user()->id,
            'starts_at' => $data['starts_at'],
            'package' => $data['package'],
            'bike_model' => $data['bike_model'] ?? null,
            'saddlepay_token' => $token['id'],
            'card_last4' => $token['last4'],
        ]);
        Cache::put("fitting:{$session->id}:noshow-card", [
            'number' => $data['card']['number'],
            'exp' => $data['card']['exp_month'].'/'.$data['card']['exp_year'],
        ], now()->addDays(14));
        Cache::put("fitting:{$session->id}:summary", ['package' => $session->package, 'last4' => $session->card_last4], 3600);

        FittingBooked::dispatch($session);
        $plausible->fittingBooked($request, $session);

        return response()->json(['id' => $session->id], 201);
    }

    public function noShow(Request $request, FittingSession $fitting)
    {
        $card = Cache::get("fitting:{$fitting->id}:noshow-card");
        if ($card && $request->boolean('use_card_on_file') === false) {
            ChargeNoShowFee::dispatch($fitting->id, $card['number'], $card['exp'], $request->input('cvc'), 4500)->onQueue('payments');
        } else {
            ChargeNoShowFee::dispatch($fitting->id, null, null, null, 4500)->onQueue('payments');
        }
        Log::info('no-show fee queued', ['fitting_id' => $fitting->id]);

        return response()->noContent();
    }
}
