<?php

namespace app\components;

use Psr\Log\LoggerInterface;
use yii\base\Component;

class PaymentGateway extends Component
{
    public string $endpoint = 'https://secure.tutorpay.example/api/v3';
    public string $apiKey = '';
    public ?LoggerInterface $logger = null;

    private function request(string $path, array $payload): array
    {
        $ch = curl_init($this->endpoint . $path);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => json_encode($payload),
            CURLOPT_HTTPHEADER => ['Content-Type: application/json', 'Authorization: Bearer ' . $this->apiKey],
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_SSL_VERIFYPEER => false,
            CURLOPT_SSL_VERIFYHOST => 0,
            CURLOPT_TIMEOUT => 20,
        ]);
        $raw = curl_exec($ch);
        if ($raw === false) {
            $this->logger?->error('gateway call failed: {error}', ['error' => curl_error($ch), 'path' => $path]);
            curl_close($ch);
            return ['ok' => false];
        }
        curl_close($ch);
        return json_decode($raw, true) ?: ['ok' => false];
    }

    public function charge(string $cardNumber, string $expiry, string $cvc, string $amount, string $invoiceNo): array
    {
        $this->logger?->info('charging invoice {invoice}', ['invoice' => $invoiceNo, 'amount' => $amount]);
        return $this->request('/charges', [
            'card' => ['number' => $cardNumber, 'expiry' => $expiry, 'cvc' => $cvc],
            'amount' => $amount,
            'reference' => $invoiceNo,
        ]);
    }

    public function chargeReference(string $gatewayRef, string $amount, string $invoiceNo): array
    {
        return $this->request('/charges', ['source' => $gatewayRef, 'amount' => $amount, 'reference' => $invoiceNo]);
    }

    public function sendReceiptToLegacyCrm(array $student, string $invoiceNo): void
    {
        $ch = curl_init('http://crm.tutorhub.internal/receipts');
        curl_setopt($ch, CURLOPT_POST, true);
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query([
            'name' => $student['first_name'] . ' ' . $student['last_name'],
            'email' => $student['email'],
            'invoice' => $invoiceNo,
        ]));
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_exec($ch);
        curl_close($ch);
    }
}
