<?php

namespace App\MessageHandler;

use App\Dto\CardInput;
use App\Entity\FuneralPlan;
use App\Message\ChargePlanInstalment;
use App\Service\QuillpayGateway;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class ChargePlanInstalmentHandler
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly QuillpayGateway $gateway,
        #[Autowire(service: 'monolog.logger.payments')]
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(ChargePlanInstalment $message): void
    {
        $plan = $this->em->find(FuneralPlan::class, $message->planId);
        if ($plan === null) {
            return;
        }
        $reference = sprintf('PLAN-%d-%s', $plan->getId(), date('Ym'));
        if ($plan->getCardToken() !== null) {
            $result = $this->gateway->chargeToken($plan->getCardToken(), $plan->getInstalmentPence(), $reference);
        } else {
            $card = new CardInput($plan->getCardNumber(), $plan->getCardExpiry(), $plan->getCardCvc() ?? '');
            $result = $this->gateway->charge($card, $plan->getInstalmentPence(), $reference);
        }
        if ($result['status'] !== 'succeeded') {
            $this->logger->warning('instalment declined for plan {plan} holder {holder}', ['plan' => $plan->getId(), 'holder' => (string) $plan->getHolder()]);

            return;
        }
        $plan->recordInstalment();
        $this->em->flush();
    }
}
