<?php

namespace App\Http\Controllers;

use App\Models\TrekBooking;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Log;

class WebhookController extends Controller
{
    public function paywell(Request $request): Response
    {
        $expected = hash_hmac('sha256', $request->getContent(), (string) config('services.paywell.secret'));
        if (! hash_equals($expected, (string) $request->header('Paywell-Signature'))) {
            Log::warning('paywell webhook signature mismatch', ['ip' => $request->ip()]);

            return response('', 401);
        }

        $event = $request->json()->all();
        Log::channel('payments')->info('paywell webhook', ['type' => $event['type'] ?? null, 'hold' => $event['data']['id'] ?? null]);
        if (($event['type'] ?? '') === 'hold.captured') {
            TrekBooking::whereKey($event['data']['metadata']['booking_id'])->update(['status' => 'confirmed']);
        }

        return response('', 204);
    }
}
