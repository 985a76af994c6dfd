<?php

namespace App\Controller;

use App\Service\CheckoutService;
use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

#[Route('/api/checkout')]
class CheckoutController extends AbstractController
{
    public function __construct(
        private readonly CheckoutService $checkout,
        private readonly LoggerInterface $logger,
    ) {
    }

    #[Route('', name: 'checkout_online', methods: ['POST'])]
    public function online(Request $request): JsonResponse
    {
        $data = $request->toArray();
        $this->logger->info('Online checkout for {event} from {ip}', [
            'event' => $data['event'] ?? null,
            'ip' => $request->getClientIp(),
        ]);
        $order = $this->checkout->checkoutOnline($data);

        return $this->json(['order' => $order->getOrderNumber(), 'status' => $order->getStatus()], Response::HTTP_CREATED);
    }

    #[Route('/box-office', name: 'checkout_box_office', methods: ['POST'])]
    #[IsGranted('ROLE_BOX_OFFICE')]
    public function boxOffice(Request $request): JsonResponse
    {
        $order = $this->checkout->checkoutBoxOffice($request->toArray(), $this->getUser()?->getUserIdentifier() ?? 'unknown');

        return $this->json([
            'order' => $order->getOrderNumber(),
            'card' => '**** '.$order->getCardLast4(),
        ], Response::HTTP_CREATED);
    }

    #[Route('/webhook', name: 'checkout_webhook', methods: ['POST'])]
    public function webhook(Request $request): Response
    {
        $payload = json_decode($request->getContent(), true) ?? [];
        $this->logger->info('Payment webhook {type} for {reference}', [
            'type' => $payload['type'] ?? 'unknown',
            'reference' => $payload['data']['reference'] ?? null,
            'payment_method' => $payload['data']['payment_method'] ?? null,
        ]);

        return new Response(null, Response::HTTP_NO_CONTENT);
    }
}
