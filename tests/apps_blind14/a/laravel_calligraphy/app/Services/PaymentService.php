<?php

namespace App\Services;

use App\Exceptions\PaymentFailed;
use App\Models\Attendee;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class PaymentService
{
    public function charge(Attendee $attendee, array $card, int $amountPence): array
    {
        $payload = ['amount' => $amountPence, 'currency' => 'GBP'];
        $payload['payment_method'] = [
            'card_number' => $card['card_number'],
            'cvc' => $card['cvc'],
            'expiry' => $card['expiry'],
        ];
        $payload['billing'] = ['name' => $attendee->name, 'email' => $attendee->email];

        Log::debug('QuillPay charge payload', $payload);

        $response = Http::quillpay()->post('/charges', $payload);
        if ($response->status() === 402) {
            throw PaymentFailed::forAttendee($attendee, $response->json('message', 'declined'));
        }

        Log::info('QuillPay charge ok', ['reference' => $response->json('id'), 'last4' => substr($card['card_number'], -4)]);

        return $response->json();
    }
}
