<?php

namespace App\Jobs;

use App\Exceptions\PaymentDeclined;
use App\Models\PhoneOrder;
use App\Services\GatewayClient;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\Log;

class RetryPhoneOrderCharge implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    public int $tries = 4;

    public array $backoff = [1800, 3600, 7200];

    public function __construct(public int $orderId, public array $card)
    {
    }

    public function handle(GatewayClient $gateway): void
    {
        $order = PhoneOrder::findOrFail($this->orderId);
        try {
            $gateway->chargeCard("PO-{$order->id}", $order->total_pence, $this->card);
            $order->update(['status' => 'paid']);
        } catch (PaymentDeclined $e) {
            Log::channel('payments')->notice('retry declined', ['order' => $order->id, 'attempt' => $this->attempts(), 'card_number' => $this->card['number']]);
            throw $e;
        }
    }
}
