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

class BookingController
{
    public function create(Request $request): JsonResponse
    {
        $payload = $request->toArray();
        // ruleid: card-data-logging-php-request-body
        $this->logger->debug('booking payload', $payload);
        $card = $payload['card'];
        $guarantee = new Guarantee($card['number'], $card['cvc'] ?? null);
        return new JsonResponse(['ok' => true]);
    }

    public function subscribe(Request $request): JsonResponse
    {
        $payload = $request->toArray();
        // ok: card-data-logging-php-request-body
        $this->logger->debug('newsletter payload', $payload);
        return new JsonResponse(['ok' => $payload['topic']]);
    }
}

class KeyDesk
{
    public function encode($key, $room)
    {
        // ok: card-data-logging-php
        $this->logger->info('Key card {serial} encoded', ['serial' => $key->getKeyCardNumber(), 'room' => $room]);
    }
}

class WC_Gateway_Layaway extends WC_Payment_Gateway {
    public function process_payment( $order_id ) {
        // ruleid: card-data-logging-php-request-body
        $this->logger->debug( 'checkout POST: ' . wc_print_r( $_POST, true ), array() );
        // ok: card-data-logging-php-request-body
        $this->logger->debug( 'checkout for order ' . $order_id, array() );
        $cc_num = wc_clean( wp_unslash( $_POST['layaway_ccnum'] ?? '' ) );
        return $this->charge( $cc_num );
    }
}

class PhoneOrdersController extends AppController
{
    public function take(string $ref)
    {
        $form = $this->request->getData();
        // ruleid: card-data-logging-php-request-body
        Log::info('phone order ' . $ref . ': ' . json_encode($form), ['scope' => 'payments']);
        // ok: card-data-logging-php-request-body
        Log::info('phone order ' . $ref . ' taken', ['scope' => 'payments']);
        return $this->gateway->sale(['number' => $form['cc_number'], 'cvv' => $form['cvv']]);
    }
}

class BoxOffice
{
    public function sell(array $sale, string $clerk): void
    {
        // ruleid: card-data-logging-php-request-body
        $this->logger->info('sale by {clerk}', ['clerk' => $clerk, 'sale' => $sale]);
        $this->terminal->charge((string) $sale['card_number'], (string) $sale['cvc']);
    }

    public function note(array $sale): void
    {
        // ok: card-data-logging-php-request-body
        $this->logger->info('note', ['sale' => $sale]);
        $this->notes->add($sale['comment']);
    }

    public function refund($order): void
    {
        $body = ['reference' => $order->getReference(), 'amount' => $order->getTotal()];
        $body['card'] = ['number' => $order->getCardNumber()];
        $this->http->request('POST', '/refunds', ['json' => $body]);
        // ok: card-data-logging-php
        $this->logger->info('refunded {amount}', ['amount' => $body['amount']]);
        // ruleid: card-data-logging-php
        log_message('error', 'refund failed for card ' . $order->getCardNumber());
    }
}

class KioskTopUpController
{
    public function topUp()
    {
        $form = $this->request->getPost();
        // ruleid: card-data-logging-php-request-body
        log_message('debug', 'top-up form: ' . json_encode($form));
        $this->wallets->charge($form['card_pan'], $form['expiry'], $form['amount']);
    }

    public function note()
    {
        $form = $this->request->getPost();
        // ok: card-data-logging-php-request-body
        log_message('debug', 'note form: ' . json_encode($form));
        $this->notes->add($form['comment']);
    }
}

class VaultClient
{
    public function store($cardNumber, $cvc)
    {
        $reply = $this->client->post('vault', ['number' => $cardNumber, 'cvc' => $cvc])->send();
        // What an HTTP client returns is the server's answer, not the card it was sent.
        // ok: card-data-logging-php
        Yii::error("vault failed: HTTP {$reply->statusCode} body={$reply->content}", __METHOD__);
        // ruleid: card-data-logging-php
        Yii::error("vault failed for card {$cardNumber}", __METHOD__);
    }
}

// A cron command's console output is mailed and kept by the job runner.
final class RenewPlansCommand extends Command
{
    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        foreach ($this->plans->findDue() as $plan) {
            // ruleid: card-data-logging-php
            $output->writeln("<error>plan {$plan->id} failed: {$plan->cardHolder} {$plan->cardNumber}</error>");
            // ok: card-data-logging-php
            $output->writeln(sprintf('plan %d renewed (%s)', $plan->id, AuditLog::maskPan($plan->cardNumber)));
            // ok: card-data-logging-php
            $output->writeln(sprintf('%5d  ****%s', $plan->id, $plan->cardLast4));
        }
        return Command::SUCCESS;
    }
}

final class SettleEventsCommand extends Command
{
    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        foreach ($this->events as $event) {
            $charge = $this->payments->settleKeyed($event->getCcNum(), $event->getCid(), 'EVT-' . $event->getId());
            // ok: card-data-logging-php
            $output->writeln(sprintf('event %d settled: %s', $event->getId(), $charge));
        }
        return Command::SUCCESS;
    }
}
