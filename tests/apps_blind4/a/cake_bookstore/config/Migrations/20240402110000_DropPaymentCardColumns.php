<?php
declare(strict_types=1);

use Migrations\AbstractMigration;

/**
 * Card data is now vaulted by Braintree; keep only the vault token.
 */
class DropPaymentCardColumns extends AbstractMigration
{
    public function up(): void
    {
        $this->table('payments')
            ->removeColumn('account_number')
            ->removeColumn('cvn')
            ->addColumn('vault_token', 'string', ['limit' => 64, 'null' => true, 'after' => 'transaction_id'])
            ->update();
    }

    public function down(): void
    {
        $this->table('payments')
            ->removeColumn('vault_token')
            ->addColumn('account_number', 'string', ['limit' => 19, 'null' => true])
            ->addColumn('cvn', 'string', ['limit' => 4, 'null' => true])
            ->update();
    }
}
