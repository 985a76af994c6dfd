<?php

namespace App\Repositories;

final class PaymentRepository
{
    public function saveToken(int $hirerId, string $token, string $last4): void
    {
        db()->insert('hirer_cards')->params([
            'hirer_id' => $hirerId,
            'sandpay_token' => $token,
            'card_last4' => $last4,
        ])->execute();
    }

    public function saveKioskPayment(int $letId, array $card, string $attendant): void
    {
        db()->insert('kiosk_payments')->params([
            'let_id' => $letId,
            'card_no' => $card['number'],
            'card_cvv' => $card['cvv'] ?? null,
            'card_exp' => $card['exp'],
            'attendant' => $attendant,
        ])->execute();
    }

    public function issueKeyCard(int $letId, string $keyCardNo): void
    {
        db()->query('INSERT INTO key_cards (let_id, card_no) VALUES (?, ?)')->bind($letId, $keyCardNo)->execute();
    }
}
