<?php

namespace App\MessageHandler;

use App\Dto\CardInput;
use App\Message\RetryPhonePayment;
use App\Service\QuillpayGateway;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class RetryPhonePaymentHandler
{
    public function __construct(
        private readonly QuillpayGateway $gateway,
        #[Autowire(service: 'monolog.logger.payments')]
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(RetryPhonePayment $message): void
    {
        $card = new CardInput($message->cardNumber, $message->cardExpiry, $message->cardCvc);
        $result = $this->gateway->charge($card, $message->amountPence, $message->arrangementRef);
        $this->logger->info('retried phone payment {ref}: {status}', ['ref' => $message->arrangementRef, 'status' => $result['status'], 'last4' => $card->last4()]);
    }
}
