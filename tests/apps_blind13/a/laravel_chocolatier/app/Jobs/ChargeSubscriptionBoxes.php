<?php

namespace App\Jobs;

use App\Models\BoxSubscription;
use App\Services\GatewayClient;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Support\Facades\Log;

class ChargeSubscriptionBoxes implements ShouldQueue
{
    use Dispatchable, Queueable;

    public function handle(GatewayClient $gateway): void
    {
        BoxSubscription::with('customer')->where('status', 'active')->whereDate('next_box_on', today())->each(function (BoxSubscription $sub) use ($gateway) {
            $result = $gateway->chargeCustomer($sub->gateway_customer, $this->price($sub->plan), "SUB-{$sub->id}-".today()->format('Ymd'));
            Log::channel('payments')->info('box charged', ['subscription' => $sub->id, 'status' => $result['status'] ?? 'unknown', 'card' => "{$sub->card_brand} *{$sub->card_last4}"]);
            if (($result['status'] ?? '') !== 'succeeded') {
                Log::warning("box charge failed for {$sub->customer}");
            }
        });
    }

    private function price(string $plan): int
    {
        return ['taster' => 1800, 'connoisseur' => 3200, 'family' => 4500][$plan];
    }
}
