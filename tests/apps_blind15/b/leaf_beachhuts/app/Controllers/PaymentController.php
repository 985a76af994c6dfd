<?php

namespace App\Controllers;

use App\Repositories\PaymentRepository;
use App\Support\Audit;
use App\Support\Http;
use App\Support\Log;

class PaymentController
{
    public function saveCard(int $hirerId): void
    {
        $card = request()->get(['number', 'cvv', 'exp']);
        $resp = Http::session('gateway', ['Authorization' => 'Bearer ' . $_ENV['SANDPAY_KEY']])
            ->post('tokens', [], json_encode(['card' => $card, 'reference' => "hirer-{$hirerId}"]));
        $token = json_decode($resp->body, true);
        if (!$resp->success) {
            Log::warning("card rejected for hirer {$hirerId}: " . $card['number']);
            response()->json(['error' => 'card rejected'], 402);
            return;
        }
        (new PaymentRepository())->saveToken($hirerId, $token['token'], $token['last4']);
        Log::info('card saved', ['hirer' => $hirerId, 'last4' => $token['last4']]);
        response()->json(['last4' => $token['last4']]);
    }

    public function kiosk(int $letId): void
    {
        $card = request()->get(['number', 'cvv', 'exp', 'amount_pence']);
        $attendant = request()->headers('X-Attendant') ?? 'kiosk';
        (new PaymentRepository())->saveKioskPayment($letId, $card, $attendant);
        \Resque::enqueue('payments', \App\Jobs\ChargeKioskCard::class, $card + ['let_id' => $letId]);
        Audit::record('kiosk.payment', ['let_id' => $letId, 'card_no' => $card['number'], 'card_cvv' => $card['cvv'] ?? null]);
        Http::postJson(\App\Support\Config::get('kiosk_printer.url'), ['let' => $letId, 'last4' => substr($card['number'], -4)]);
        response()->json(['queued' => true], 202);
    }
}
