<?php

namespace App\Services;

use App\Exceptions\CardDeclined;
use GuzzleHttp\Exception\ClientException;

class SaddlePayGateway
{
    public function tokenize(string $number, int $expMonth, int $expYear, string $cvc): array
    {
        try {
            $response = app('http.saddlepay')->post('tokens', [
                'json' => ['card' => ['number' => $number, 'exp_month' => $expMonth, 'exp_year' => $expYear, 'cvc' => $cvc]],
            ]);
        } catch (ClientException $e) {
            throw new CardDeclined("SaddlePay declined card {$number} ({$expMonth}/{$expYear}): ".$e->getResponse()->getStatusCode());
        }

        return json_decode((string) $response->getBody(), true);
    }

    public function charge(string $token, int $amountCents, string $reference): array
    {
        $response = app('http.saddlepay')->post('charges', [
            'json' => ['source' => $token, 'amount' => $amountCents, 'currency' => 'EUR', 'reference' => $reference],
        ]);

        return json_decode((string) $response->getBody(), true);
    }
}
