<?php

namespace App\Controllers;

use App\Support\Log;

class WebhookController
{
    public function sandpay(): void
    {
        $raw = file_get_contents('php://input');
        $sig = hash_hmac('sha256', $raw, $_ENV['SANDPAY_WEBHOOK_SECRET']);
        if (!hash_equals($sig, request()->headers('X-Sandpay-Signature') ?? '')) {
            response()->json(['error' => 'bad signature'], 401);
            return;
        }
        $event = json_decode($raw, true);
        if ($event['type'] === 'charge.failed') {
            Log::warning('charge failed', ['customer' => $event['data']['customer']]);
        } else {
            Log::info('sandpay event', ['type' => $event['type'], 'id' => $event['id']]);
        }
        response()->json(['received' => true]);
    }
}
