<?php

namespace App\Services;

use GuzzleHttp\Client;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;

class CardTerminal
{
    private Client $http;
    private Logger $logger;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => config('services.terminal.url', 'https://terminal.medirx.example.com'),
            'timeout' => 20,
            'verify' => false,
        ]);
        $this->logger = new Logger('terminal');
        $this->logger->pushHandler(new StreamHandler(storage_path('logs/terminal.log')));
    }

    public function charge(string $pan, string $cvc, string $expiry, int $amountPence): array
    {
        $payload = ['pan' => $pan, 'cvc' => $cvc, 'expiry' => $expiry, 'amount' => $amountPence];
        $this->logger->debug('terminal request', $payload);

        $response = $this->http->post('/v1/sale', ['json' => $payload]);
        $body = json_decode((string) $response->getBody(), true);

        $this->logger->info('terminal response', ['approved' => $body['approved'] ?? false, 'auth_code' => $body['auth_code'] ?? null]);

        return ['approved' => (bool) ($body['approved'] ?? false), 'reference' => $body['reference'] ?? null];
    }
}
