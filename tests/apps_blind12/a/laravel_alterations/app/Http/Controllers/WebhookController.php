<?php

namespace App\Http\Controllers;

use App\Models\DepositHold;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class WebhookController extends Controller
{
    public function atelierPay(Request $request)
    {
        $signature = hash_hmac('sha256', $request->getContent(), config('services.atelierpay.webhook_secret'));
        abort_unless(hash_equals($signature, (string) $request->header('X-AtelierPay-Signature')), 401);

        $event = $request->json()->all();
        Log::info('atelierpay webhook', ['type' => $event['type'], 'id' => $event['id']]);

        if ($event['type'] === 'hold.released') {
            DepositHold::where('gateway_ref', $event['data']['reference'])->update(['status' => 'released']);
        }

        if ($event['type'] === 'hold.disputed') {
            Log::warning('hold disputed', ['cardholder' => $event['data']['cardholder'], 'billing_address' => $event['data']['billing_address']]);
        }

        return response()->noContent();
    }
}
