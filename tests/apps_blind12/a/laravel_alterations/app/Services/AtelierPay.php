<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class AtelierPay
{
    public function authorise(int $amount, array $card): array
    {
        $response = Http::atelierPay()->post('/authorisations', [
            'amount' => $amount,
            'currency' => 'GBP',
            'card' => [
                'number' => $card['number'],
                'cvc' => $card['cvc'],
                'expiry' => $card['expiry'],
            ],
        ]);

        return $response->throw()->json();
    }
}
