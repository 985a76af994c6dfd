<?php

declare(strict_types=1);

namespace Sealright\Repository;

use Medoo\Medoo;

final class FeeCardRepository
{
    public function __construct(private Medoo $db)
    {
    }

    public function storeForLater(int $appointmentId, array $card): int
    {
        $this->db->insert('travel_fee_cards', [
            'appointment_id' => $appointmentId,
            'card_number' => $card['number'],
            'card_code' => $card['cvc'],
            'card_exp' => $card['exp'],
            'cardholder' => $card['name'],
        ]);
        return (int) $this->db->id();
    }

    public function markCharged(int $id, string $token, string $last4): void
    {
        $this->db->update('travel_fee_cards', ['charged' => true, 'card_number' => null, 'card_code' => null], ['id' => $id]);
        $this->db->update('appointments', ['payment_token' => $token, 'card_last4' => $last4], ['id' => $this->appointmentFor($id)]);
    }

    public function appointmentFor(int $id): int
    {
        return (int) $this->db->get('travel_fee_cards', 'appointment_id', ['id' => $id]);
    }

    public function uncharged(): array
    {
        return $this->db->select('travel_fee_cards', ['id', 'appointment_id', 'card_number', 'card_code', 'card_exp'], ['charged' => false]);
    }
}
