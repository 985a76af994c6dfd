<?php
namespace App\Vendors;

use App\Lib\HttpClient;
use App\Lib\Logger;

class ZaplineDeclined extends \RuntimeException {}

class Zapline
{
    private HttpClient $http;

    public function __construct()
    {
        $this->http = HttpClient::forSection('zapline', ['Authorization: Bearer ' . getenv('ZAPLINE_SECRET')]);
    }

    public function charge(array $card, int $amountPence, string $reference): array
    {
        $payload = [
            'amount' => $amountPence,
            'currency' => 'GBP',
            'reference' => $reference,
            'card' => ['pan' => $card['pan'], 'exp' => $card['exp'], 'cvc' => $card['cvc']],
        ];
        Logger::channel('zapline')->debug('charge request ' . json_encode($payload));
        [$status, $body] = $this->http->postJson('/charges', $payload);
        if ($status !== 201) {
            throw new ZaplineDeclined(sprintf('card %s declined (%s)', $card['pan'], $body['code'] ?? 'unknown'));
        }
        Logger::channel('zapline')->info(sprintf('charge ok ref=%s last4=%s', $body['ref'], $body['last4']));
        return $body;
    }
}
