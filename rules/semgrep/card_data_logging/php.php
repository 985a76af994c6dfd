<?php
class PaymentController
{
    public function charge(Request $request)
    {
        $pan = $request->input('card_number');
        // ruleid: card-data-logging-php
        Log::info("charging {$pan}");
        // ruleid: card-data-logging-php
        $this->logger->debug('cvv ' . $_POST['cvv']);
        // ok: card-data-logging-php
        Log::info('charging card ending ' . $request->input('card_last4'));
        // ok: card-data-logging-php
        Log::info('charging ' . maskPan($pan));
        $masked = str_repeat('*', 12) . substr($pan, -4);
        // ok: card-data-logging-php
        Log::info("approved on card {$masked}");
        $response = $this->http->post('/v1/sale', ['json' => ['pan' => $pan]]);
        $body = json_decode((string) $response->getBody(), true);
        // ok: card-data-logging-php
        $this->logger->info('terminal response', ['approved' => $body['approved'] ?? false]);
    }
}
