<?php

declare(strict_types=1);

namespace SmileDesk\Controllers;

use SmileDesk\Models\PaymentCards;

class WebhooksController extends ControllerBase
{
    public function gatewayAction()
    {
        $raw = $this->request->getRawBody();
        $signature = $this->request->getHeader('X-DentalPay-Signature');
        if (!hash_equals(hash_hmac('sha256', $raw, (string) getenv('GATEWAY_WEBHOOK_SECRET')), $signature)) {
            $this->logger->warning('webhook signature mismatch from ' . $this->request->getClientAddress());
            return $this->json(['error' => 'signature'], 400);
        }
        $event = json_decode($raw, true);
        $this->logger->info(sprintf('gateway event %s (%s)', $event['type'] ?? '?', $event['id'] ?? '?'));

        if (($event['type'] ?? '') === 'token.updated') {
            $card = PaymentCards::findFirst(['card_token = :t:', 'bind' => ['t' => $event['data']['old_token']]]);
            if ($card) {
                $card->card_token = $event['data']['new_token'];
                $card->last_four = $event['data']['last4'];
                $card->save();
                $this->paymentsLogger->info("card {$card->id} token rotated, ends {$card->last_four}");
            }
        }
        return $this->json(['received' => true]);
    }
}
