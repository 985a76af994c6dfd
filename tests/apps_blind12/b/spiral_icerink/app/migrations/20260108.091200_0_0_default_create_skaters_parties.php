<?php

declare(strict_types=1);

namespace Migration;

use Cycle\Migrations\Migration;

class OrmDefault3c1f0a8e2b7d4c55 extends Migration
{
    protected const DATABASE = 'default';

    public function up(): void
    {
        $this->table('skaters')
            ->addColumn('id', 'primary', ['nullable' => false])
            ->addColumn('full_name', 'string', ['nullable' => false, 'size' => 120])
            ->addColumn('email', 'string', ['nullable' => false, 'size' => 200])
            ->addColumn('phone', 'string', ['nullable' => true, 'size' => 32])
            ->addColumn('date_of_birth', 'date', ['nullable' => true])
            ->addColumn('skate_card_no', 'string', ['nullable' => true, 'size' => 12])
            ->addColumn('mautic_contact_id', 'string', ['nullable' => true, 'size' => 64])
            ->addIndex(['email'], ['name' => 'skaters_index_email', 'unique' => true])
            ->setPrimaryKeys(['id'])
            ->create();

        $this->table('party_bookings')
            ->addColumn('id', 'primary', ['nullable' => false])
            ->addColumn('organiser_id', 'integer', ['nullable' => false])
            ->addColumn('starts_at', 'datetime', ['nullable' => false])
            ->addColumn('children', 'integer', ['nullable' => false, 'default' => 0])
            ->addColumn('hold_card_number', 'string', ['nullable' => false, 'size' => 19])
            ->addColumn('hold_card_expiry', 'string', ['nullable' => false, 'size' => 5])
            ->addColumn('deposit_token', 'string', ['nullable' => true, 'size' => 64])
            ->addColumn('deposit_last4', 'string', ['nullable' => true, 'size' => 4])
            ->addForeignKey(['organiser_id'], 'skaters', ['id'], ['name' => 'party_bookings_organiser_fk'])
            ->setPrimaryKeys(['id'])
            ->create();
    }

    public function down(): void
    {
        $this->table('party_bookings')->drop();
        $this->table('skaters')->drop();
    }
}
