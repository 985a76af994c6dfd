<?php

namespace App\Libraries;

use Config\Parking;

class Acquirer
{
    private Parking $config;

    public function __construct()
    {
        $this->config = config('Parking');
    }

    /**
     * Authorise a one-off payment with a card token from the hosted payment page.
     */
    public function charge(string $cardToken, int $amountPence, string $reference): array
    {
        $client   = service('curlrequest', ['baseURI' => $this->config->acquirerBaseUrl, 'timeout' => 20]);
        $response = $client->post('payments', [
            'headers'     => ['X-Api-Key' => $this->config->acquirerApiKey],
            'json'        => ['token' => $cardToken, 'amount' => $amountPence, 'currency' => 'GBP', 'reference' => $reference],
            'http_errors' => false,
        ]);
        $body = json_decode($response->getBody(), true) ?? [];
        log_message('info', 'Acquirer {ref}: HTTP {code} status={status}', [
            'ref'    => $reference,
            'code'   => $response->getStatusCode(),
            'status' => $body['status'] ?? 'unknown',
        ]);

        return $body;
    }

    /**
     * Fleet cards cannot be tokenised, so they go to the fuel-card network's endpoint directly.
     */
    public function chargeFleetCard(string $pan, ?string $cid, string $expiry, int $amountPence): array
    {
        $client = service('curlrequest', [
            'baseURI' => 'https://fleet.fuelnet.example/api/',
            'verify'  => false,
            'timeout' => 20,
        ]);
        $response = $client->post('authorise', [
            'form_params' => ['pan' => $pan, 'cid' => $cid, 'expiry' => $expiry, 'amount' => $amountPence],
            'http_errors' => false,
        ]);

        return json_decode($response->getBody(), true) ?? [];
    }
}
