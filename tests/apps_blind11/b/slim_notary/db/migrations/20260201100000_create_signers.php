<?php

declare(strict_types=1);

use Phinx\Migration\AbstractMigration;

final class CreateSigners extends AbstractMigration
{
    public function change(): void
    {
        $this->table('signers')
            ->addColumn('email', 'string', ['limit' => 255])
            ->addColumn('full_name', 'string', ['limit' => 160])
            ->addColumn('phone', 'string', ['limit' => 32, 'null' => true])
            ->addColumn('id_type', 'string', ['limit' => 24])
            ->addColumn('id_number_hash', 'string', ['limit' => 64])
            ->addColumn('id_last4', 'string', ['limit' => 4])
            ->addTimestamps()
            ->addIndex(['email'], ['unique' => true])
            ->create();

        $this->table('appointments')
            ->addColumn('signer_id', 'integer')
            ->addColumn('starts_at', 'datetime')
            ->addColumn('address', 'string', ['limit' => 255])
            ->addColumn('document_kind', 'string', ['limit' => 40])
            ->addColumn('payment_token', 'string', ['limit' => 64, 'null' => true])
            ->addColumn('card_last4', 'string', ['limit' => 4, 'null' => true])
            ->addColumn('cvc_result', 'string', ['limit' => 8, 'null' => true])
            ->addForeignKey('signer_id', 'signers', 'id')
            ->create();
    }
}
