<?php

namespace App\Http\Controllers\Webhooks;

use App\Http\Controllers\Controller;
use App\Models\PhoneOrderCard;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class FramepayWebhookController extends Controller
{
    public function __invoke(Request $request)
    {
        $signature = hash_hmac('sha256', $request->getContent(), config('services.framepay.secret'));
        if (! hash_equals($signature, (string) $request->header('Framepay-Signature'))) {
            Log::warning('framepay signature mismatch', ['ip' => $request->ip()]);
            abort(401);
        }
        $event = $request->json()->all();
        Log::info('framepay event', ['id' => $event['id'], 'type' => $event['type']]);
        if ($event['type'] === 'charge.succeeded') {
            PhoneOrderCard::whereKey($event['data']['metadata']['row_id'])->update(['charged' => true, 'card_cvc' => null]);
        }
        if ($event['type'] === 'charge.failed') {
            Log::warning('framepay charge failed', $event['data']);
        }

        return response()->noContent();
    }
}
