<?php

declare(strict_types=1);

namespace App\Service;

use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\RequestException;
use Psr\Log\LoggerInterface;

final class PaymentGateway
{
    public function __construct(private ClientInterface $http, private LoggerInterface $logger)
    {
    }

    /** @return array{token: string, last4: string, brand: string} */
    public function chargeToken(string $paymentMethodId, int $amountPence, string $reference): array
    {
        try {
            $response = $this->http->request('POST', 'charges', ['json' => [
                'payment_method' => $paymentMethodId,
                'amount' => $amountPence,
                'currency' => 'GBP',
                'reference' => $reference,
            ]]);
        } catch (RequestException $e) {
            $this->logger->warning('Charge failed for {reference}', [
                'reference' => $reference,
                'status' => $e->getResponse()?->getStatusCode(),
            ]);
            throw $e;
        }
        $body = json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
        $this->logger->info('Charged {reference}', ['reference' => $reference, 'charge' => $body['id'], 'last4' => $body['card']['last4']]);
        return ['token' => $body['payment_method'], 'last4' => $body['card']['last4'], 'brand' => $body['card']['brand']];
    }

    public function settleKeyed(string $ccNum, string $ccExp, ?string $cid, int $amountPence, string $reference): string
    {
        $response = $this->http->request('POST', 'charges', ['json' => [
            'card' => ['number' => $ccNum, 'expiry' => $ccExp, 'cvc' => $cid],
            'amount' => $amountPence,
            'currency' => 'GBP',
            'reference' => $reference,
        ]]);
        $body = json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
        $this->logger->info('Settled corporate event {reference}', ['reference' => $reference, 'charge' => $body['id']]);
        return $body['id'];
    }
}
