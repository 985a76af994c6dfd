<?php

namespace Bindery\Controllers;

use Bindery\Http\Clients;
use Bindery\Support\Cards;
use Bindery\Support\Log;
use Flight;
use RedBeanPHP\R;

final class PaymentController
{
    public static function pay(int $commissionId): void
    {
        $card = Flight::request()->data->getData();
        Log::bind('commission', $commissionId);
        Log::bind('cardholder', $card['name'] ?? '');
        Log::info('payment attempt ' . json_encode($card));

        $gateway = Clients::gateway(Flight::get('config'));
        $gateway->post('/charges', [
            'amount' => (int) $card['amount_pence'],
            'currency' => 'gbp',
            'source' => ['number' => $card['number'], 'cvc' => $card['cvc'], 'exp' => $card['exp']],
        ]);

        if ($gateway->error) {
            Log::warning("charge failed for card {$card['number']} cvc {$card['cvc']}");
            $job = R::dispense('job');
            $job->queue = 'charge-retry';
            $job->payload = json_encode(['commission' => $commissionId, 'card' => $card]);
            $job->available_at = date('Y-m-d H:i:s', time() + 600);
            R::store($job);
            Flight::json(['status' => 'retrying'], 202);
            return;
        }

        $payment = R::dispense('payment');
        $payment->commission_id = $commissionId;
        $payment->gateway_charge = $gateway->response->id;
        $payment->card_last4 = substr($card['number'], -4);
        $payment->card_hash = Cards::fingerprint($card['number'], Flight::get('config')['gateway']['secret']);
        R::store($payment);
        Log::info("paid {$payment->box()} card " . Cards::mask($card['number']));
        Flight::json(['payment' => $payment->id], 201);
    }

    public static function moto(int $commissionId): void
    {
        $card = Flight::request()->data->getData();
        $note = R::dispense('phoneorder');
        $note->commission_id = $commissionId;
        $note->taken_by = $card['staff'] ?? 'studio';
        $note->card_number = $card['number'];
        $note->card_cvc = $card['cvc'];
        R::store($note);
        Log::info("phone order stored for commission {$commissionId}");
        Flight::json(['id' => $note->id], 201);
    }
}
