<?php

declare(strict_types=1);

namespace Sealright\Repository;

use Medoo\Medoo;
use Sealright\Domain\Signer;

final class SignerRepository
{
    public function __construct(private Medoo $db)
    {
    }

    public function create(Signer $s): int
    {
        $this->db->insert('signers', [
            'email' => $s->email,
            'full_name' => $s->fullName,
            'phone' => $s->phone,
            'id_type' => $s->idType,
            'id_number_hash' => hash_hmac('sha256', $s->idNumber, (string) getenv('ID_PEPPER')),
            'id_last4' => substr($s->idNumber, -4),
            'created_at' => Medoo::raw('NOW()'),
        ]);
        return (int) $this->db->id();
    }

    public function find(int $id): ?Signer
    {
        $row = $this->db->get('signers', '*', ['id' => $id]);
        return $row ? Signer::fromRow($row) : null;
    }
}
