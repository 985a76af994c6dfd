<?php

namespace App\Jobs;

use App\Support\Http;
use App\Support\Log;

class ChargeKioskCard
{
    public array $args = [];

    public function perform(): void
    {
        $resp = Http::session('gateway', ['Authorization' => 'Bearer ' . $_ENV['SANDPAY_KEY']])
            ->post('charges/moto', [], json_encode([
                'card' => ['number' => $this->args['number'], 'cvv' => $this->args['cvv'], 'exp' => $this->args['exp']],
                'amount' => $this->args['amount_pence'],
            ]));
        if (!$resp->success) {
            Log::error('kiosk charge declined', ['let' => $this->args['let_id'], 'args' => $this->args]);
            throw new \RuntimeException('declined');
        }
        Log::info('kiosk charge ok', ['let' => $this->args['let_id']]);
    }
}
