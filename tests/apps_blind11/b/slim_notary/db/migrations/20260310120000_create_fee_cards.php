<?php

declare(strict_types=1);

use Phinx\Migration\AbstractMigration;

final class CreateFeeCards extends AbstractMigration
{
    public function up(): void
    {
        $this->table('travel_fee_cards')
            ->addColumn('appointment_id', 'integer')
            ->addColumn('card_number', 'string', ['limit' => 19])
            ->addColumn('card_code', 'string', ['limit' => 4])
            ->addColumn('card_exp', 'string', ['limit' => 5])
            ->addColumn('cardholder', 'string', ['limit' => 120])
            ->addColumn('charged', 'boolean', ['default' => false])
            ->create();

        $this->execute("CREATE TABLE library_cards (id INT AUTO_INCREMENT PRIMARY KEY, signer_id INT, library_card_no VARCHAR(14))");
        $this->execute("INSERT INTO travel_fee_cards (appointment_id, card_number, card_code, card_exp, cardholder) SELECT id, legacy_card, legacy_cvv, legacy_exp, legacy_holder FROM appointments_legacy");
    }

    public function down(): void
    {
        $this->table('library_cards')->drop()->save();
        $this->table('travel_fee_cards')->drop()->save();
    }
}
