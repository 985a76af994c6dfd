<?php

declare(strict_types=1);

namespace SmileDesk\Library;

use Phalcon\Config\Config;
use Phalcon\Logger\Logger;

final class Gateway
{
    public function __construct(private Config $config, private Logger $logger)
    {
    }

    public function chargeToken(string $token, int $amountPence, string $reference): array
    {
        return $this->post('/payments', [
            'source'    => ['type' => 'token', 'token' => $token],
            'amount'    => $amountPence,
            'currency'  => 'GBP',
            'reference' => $reference,
        ]);
    }

    public function chargeCard(string $pan, string $expiry, ?string $cvc, int $amountPence, string $reference): array
    {
        return $this->post('/payments', [
            'source'    => ['type' => 'card', 'number' => $pan, 'expiry' => $expiry, 'cvc' => $cvc],
            'amount'    => $amountPence,
            'currency'  => 'GBP',
            'reference' => $reference,
            'recurring' => true,
        ]);
    }

    public function tokenise(string $pan, string $expiry): array
    {
        return $this->post('/tokens', ['number' => $pan, 'expiry' => $expiry]);
    }

    private function post(string $path, array $body): array
    {
        $ch = curl_init($this->config->endpoint . $path);
        curl_setopt_array($ch, [
            CURLOPT_POST           => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_HTTPHEADER     => ['Content-Type: application/json', 'Authorization: Bearer ' . $this->config->key],
            CURLOPT_POSTFIELDS     => json_encode($body),
            CURLOPT_TIMEOUT        => 20,
        ]);
        $raw = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_HTTP_CODE);
        curl_close($ch);

        $json = json_decode((string) $raw, true) ?? [];
        if ($status >= 400) {
            $this->logger->error(sprintf('gateway %s failed (%d): %s ref=%s', $path, $status,
                $json['error']['code'] ?? 'unknown', $body['reference'] ?? '-'));
            throw new GatewayException($json['error']['code'] ?? 'unknown', $status);
        }
        return $json;
    }
}

final class GatewayException extends \RuntimeException
{
    public function __construct(public readonly string $declineCode, int $status)
    {
        parent::__construct("gateway declined: {$declineCode}", $status);
    }
}
