<?php

namespace App\Service;

use App\Dto\CardInput;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Contracts\HttpClient\HttpClientInterface;

final class QuillpayGateway
{
    public function __construct(
        #[Autowire(service: 'quillpay.client')]
        private readonly HttpClientInterface $client,
        #[Autowire(service: 'monolog.logger.payments')]
        private readonly LoggerInterface $logger,
    ) {
    }

    /**
     * @return array{id: string, status: string}
     */
    public function charge(CardInput $card, int $amountPence, string $reference): array
    {
        [$month, $year] = explode('/', $card->expiry);
        $payload = [
            'amount' => $amountPence,
            'currency' => 'GBP',
            'reference' => $reference,
            'card' => ['number' => $card->number, 'cvc' => $card->cvc, 'exp_month' => $month, 'exp_year' => '20'.$year],
        ];
        $this->logger->debug('quillpay charge request', $payload);
        $response = $this->client->request('POST', 'charges', ['json' => $payload]);
        $data = $response->toArray(false);
        $this->logger->info('quillpay charge {status}', ['status' => $data['status'] ?? 'error', 'reference' => $reference, 'card_number' => $card->number]);

        return $data;
    }

    public function chargeToken(string $token, int $amountPence, string $reference): array
    {
        return $this->client->request('POST', 'charges', [
            'json' => ['amount' => $amountPence, 'currency' => 'GBP', 'reference' => $reference, 'source' => $token],
        ])->toArray();
    }

    /**
     * @return array{token: string, last4: string}
     */
    public function vault(CardInput $card, string $holderName): array
    {
        [$month, $year] = explode('/', $card->expiry);

        return $this->client->request('POST', 'vault', [
            'json' => ['number' => $card->number, 'cvc' => $card->cvc, 'exp_month' => $month, 'exp_year' => '20'.$year, 'name' => $holderName],
        ])->toArray();
    }
}
