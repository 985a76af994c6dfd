<?php

namespace App\Models;

use CodeIgniter\Model;

class PermitPaymentModel extends Model
{
    protected $table         = 'permit_payments';
    protected $returnType    = 'array';
    protected $useTimestamps = true;
    protected $updatedField  = '';
    protected $allowedFields = ['account_id', 'permit_ref', 'zone', 'amount_pence', 'acquirer_txn_id', 'card_mask', 'card_brand', 'status'];

    public function markPaid(int $id, string $txnId, string $mask, string $brand): bool
    {
        return $this->update($id, [
            'acquirer_txn_id' => $txnId,
            'card_mask'       => $mask,
            'card_brand'      => $brand,
            'status'          => 'paid',
        ]);
    }
}
