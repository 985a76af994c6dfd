<?php

namespace App\Controller;

use Psr\Log\LoggerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class QuillpayWebhookController extends AbstractController
{
    public function __construct(
        #[Autowire(service: 'monolog.logger.payments')]
        private readonly LoggerInterface $logger,
        #[Autowire('%env(QUILLPAY_KEY)%')]
        private readonly string $secret,
    ) {
    }

    #[Route('/webhooks/quillpay', methods: ['POST'])]
    public function __invoke(Request $request): JsonResponse
    {
        $signature = (string) $request->headers->get('Quill-Signature');
        if (!hash_equals(hash_hmac('sha256', $request->getContent(), $this->secret), $signature)) {
            $this->logger->warning('bad quillpay signature from {ip}', ['ip' => $request->getClientIp()]);

            return $this->json(['error' => 'signature'], 400);
        }
        $event = $request->toArray();
        $this->logger->info('quillpay event {type} for {ref}', ['type' => $event['type'], 'ref' => $event['data']['reference'] ?? null]);
        if ($event['type'] === 'charge.dispute.created') {
            $this->logger->notice('dispute opened', ['dispute' => $event['data']]);
        }

        return $this->json(['received' => true]);
    }
}
