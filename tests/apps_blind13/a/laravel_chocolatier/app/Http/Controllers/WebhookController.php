<?php

namespace App\Http\Controllers;

use App\Models\BoxSubscription;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class WebhookController extends Controller
{
    public function tempered(Request $request)
    {
        $expected = hash_hmac('sha256', $request->getContent(), config('services.gateway.key'));
        if (! hash_equals($expected, (string) $request->header('Tempered-Signature'))) {
            Log::warning('tempered webhook rejected', ['ip' => $request->ip()]);
            abort(400);
        }
        $event = $request->json()->all();
        Log::info('tempered webhook', ['type' => $event['type'], 'reference' => $event['data']['reference'] ?? null]);
        if ($event['type'] === 'charge.failed') {
            Log::warning('box charge failed', ['payload' => $event]);
            BoxSubscription::where('gateway_customer', $event['data']['customer'] ?? '')->update(['status' => 'past_due']);
        }

        return response()->noContent();
    }
}
