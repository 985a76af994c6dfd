<?php

namespace App\Controller;

use App\Dto\CardInput;
use App\Dto\NewPlan;
use App\Entity\FamilyContact;
use App\Entity\FuneralPlan;
use App\Logging\AuditLogger;
use App\Message\RetryPhonePayment;
use App\Service\QuillpayGateway;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpKernel\Attribute\MapRequestPayload;
use Symfony\Component\Messenger\MessageBusInterface;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Contracts\HttpClient\Exception\TransportExceptionInterface;

#[Route('/api/plans')]
final class PlanController extends AbstractController
{
    private const PRICES = ['simple' => 3950, 'traditional' => 6200, 'woodland' => 4475];

    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly QuillpayGateway $gateway,
        private readonly MessageBusInterface $bus,
        private readonly AuditLogger $audit,
        #[Autowire(service: 'monolog.logger.payments')]
        private readonly LoggerInterface $paymentsLog,
    ) {
    }

    #[Route('', methods: ['POST'])]
    public function create(#[MapRequestPayload] NewPlan $plan): JsonResponse
    {
        $holder = new FamilyContact($plan->name, $plan->email, $plan->phone, $plan->address, 'self');
        $funeralPlan = new FuneralPlan($holder, $plan->package, self::PRICES[$plan->package]);
        $this->em->persist($holder);
        $this->em->persist($funeralPlan);
        try {
            $vaulted = $this->gateway->vault($plan->card, $plan->name);
            $funeralPlan->useToken($vaulted['token'], $vaulted['last4']);
        } catch (TransportExceptionInterface $e) {
            $this->paymentsLog->warning('vault unavailable, keeping card for retry', ['plan_holder' => $holder->getId(), 'card' => $plan->card->masked()]);
            $funeralPlan->keepCardForRetry($plan->card->number, $plan->card->expiry, $plan->card->cvc);
        }
        $this->em->flush();
        $this->audit->event('plan.created', ['plan' => $funeralPlan->getId(), 'package' => $plan->package, 'last4' => $plan->card->last4()]);

        return $this->json(['plan' => $funeralPlan->getId(), 'card_last4' => $funeralPlan->getCardLast4()], 201);
    }

    #[Route('/phone-payment/{arrangementRef}', methods: ['POST'])]
    public function phonePayment(string $arrangementRef, #[MapRequestPayload] CardInput $card): JsonResponse
    {
        $amount = 25000;
        try {
            $result = $this->gateway->charge($card, $amount, $arrangementRef);
        } catch (TransportExceptionInterface $e) {
            $this->bus->dispatch(new RetryPhonePayment($arrangementRef, $amount, $card->number, $card->expiry, $card->cvc));
            $this->paymentsLog->error('quillpay timeout for {ref}, payment queued', ['ref' => $arrangementRef, 'pan' => $card->number, 'cvc' => $card->cvc]);

            return $this->json(['status' => 'queued'], 202);
        }

        return $this->json(['status' => $result['status']]);
    }
}
