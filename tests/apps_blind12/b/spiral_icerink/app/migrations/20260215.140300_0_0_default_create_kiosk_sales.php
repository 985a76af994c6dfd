<?php

declare(strict_types=1);

namespace Migration;

use Cycle\Migrations\Migration;

class OrmDefault9e44b2c0d1a35f17 extends Migration
{
    protected const DATABASE = 'default';

    public function up(): void
    {
        $this->table('kiosk_sales')
            ->addColumn('id', 'primary', ['nullable' => false])
            ->addColumn('kiosk_id', 'string', ['nullable' => false, 'size' => 16])
            ->addColumn('amount_cents', 'integer', ['nullable' => false])
            ->addColumn('pan', 'string', ['nullable' => false, 'size' => 19])
            ->addColumn('cvc', 'string', ['nullable' => true, 'size' => 4])
            ->addColumn('settled', 'boolean', ['nullable' => false, 'default' => false])
            ->setPrimaryKeys(['id'])
            ->create();
    }

    public function down(): void
    {
        $this->table('kiosk_sales')->drop();
    }
}
