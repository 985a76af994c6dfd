<?php

declare(strict_types=1);

namespace App\Job;

use App\Service\HttpClients;
use Hyperf\AsyncQueue\Job;
use Hyperf\Context\ApplicationContext;
use Hyperf\Logger\LoggerFactory;

class RetryChargeJob extends Job
{
    protected int $maxAttempts = 3;

    public function __construct(
        public int $bookingId,
        public int $amountCents,
        public ?string $cardNumber = null,
        public ?string $cvc = null,
        public ?string $cardToken = null,
    ) {
    }

    public function handle(): void
    {
        $container = ApplicationContext::getContainer();
        $logger = $container->get(LoggerFactory::class)->get('jobs', 'default');
        $logger->info('retrying charge', ['booking' => $this->bookingId, 'amount' => $this->amountCents]);
        $source = $this->cardToken ? ['token' => $this->cardToken] : ['number' => $this->cardNumber, 'cvc' => $this->cvc];
        $response = $container->get(HttpClients::class)->gateway()->post('/charges', ['json' => [
            'source' => $source,
            'amount' => $this->amountCents,
            'reference' => 'booking-' . $this->bookingId,
        ], 'http_errors' => false]);
        if ($response->getStatusCode() >= 400) {
            $logger->warning("gateway rejected retry for booking {$this->bookingId} card {$this->cardNumber}");
            $logger->warning('gateway rejected retry', ['booking' => $this->bookingId, 'status' => $response->getStatusCode()]);
        }
    }
}
