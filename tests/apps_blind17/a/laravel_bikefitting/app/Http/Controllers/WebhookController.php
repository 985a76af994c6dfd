<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class WebhookController extends Controller
{
    public function saddlepay(Request $request)
    {
        $expected = hash_hmac('sha256', $request->getContent(), config('services.saddlepay.secret'));
        if (! hash_equals($expected, (string) $request->header('SaddlePay-Signature'))) {
            Log::warning('saddlepay webhook signature mismatch', ['ip' => $request->ip()]);

            return response()->noContent(401);
        }

        $event = $request->json()->all();
        Log::channel('payments')->info('saddlepay event', ['type' => $event['type'] ?? null, 'id' => $event['data']['id'] ?? null]);

        return response()->noContent();
    }
}
