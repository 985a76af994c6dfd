<?php
declare(strict_types=1);

use Migrations\AbstractMigration;

class InitialSchema extends AbstractMigration
{
    public function change(): void
    {
        $this->table('customers')
            ->addColumn('email', 'string', ['limit' => 255, 'null' => false])
            ->addColumn('password', 'string', ['limit' => 255, 'null' => false])
            ->addColumn('first_name', 'string', ['limit' => 100])
            ->addColumn('last_name', 'string', ['limit' => 100])
            ->addColumn('phone', 'string', ['limit' => 32, 'null' => true])
            ->addColumn('newsletter', 'boolean', ['default' => false])
            ->addColumn('created', 'datetime')
            ->addColumn('modified', 'datetime')
            ->addIndex(['email'], ['unique' => true])
            ->create();

        $this->table('addresses')
            ->addColumn('customer_id', 'integer')
            ->addColumn('line1', 'string', ['limit' => 200])
            ->addColumn('line2', 'string', ['limit' => 200, 'null' => true])
            ->addColumn('city', 'string', ['limit' => 100])
            ->addColumn('postcode', 'string', ['limit' => 16])
            ->addColumn('country', 'char', ['limit' => 2])
            ->addForeignKey('customer_id', 'customers', 'id', ['delete' => 'CASCADE'])
            ->create();

        $this->table('orders')
            ->addColumn('customer_id', 'integer')
            ->addColumn('number', 'string', ['limit' => 20])
            ->addColumn('status', 'string', ['limit' => 20, 'default' => 'new'])
            ->addColumn('total', 'decimal', ['precision' => 10, 'scale' => 2])
            ->addColumn('shipping_address_id', 'integer', ['null' => true])
            ->addColumn('tracking_number', 'string', ['limit' => 40, 'null' => true])
            ->addColumn('created', 'datetime')
            ->addIndex(['number'], ['unique' => true])
            ->create();

        $this->table('payments')
            ->addColumn('order_id', 'integer')
            ->addColumn('method', 'string', ['limit' => 20])
            ->addColumn('transaction_id', 'string', ['limit' => 64, 'null' => true])
            ->addColumn('card_type', 'string', ['limit' => 20, 'null' => true])
            ->addColumn('card_last_digits', 'string', ['limit' => 4, 'null' => true])
            ->addColumn('card_expiry', 'string', ['limit' => 7, 'null' => true])
            ->addColumn('account_number', 'string', ['limit' => 19, 'null' => true])
            ->addColumn('cvn', 'string', ['limit' => 4, 'null' => true])
            ->addColumn('amount', 'decimal', ['precision' => 10, 'scale' => 2])
            ->addColumn('created', 'datetime')
            ->create();

        $this->table('gift_cards')
            ->addColumn('code', 'string', ['limit' => 19])
            ->addColumn('pin', 'string', ['limit' => 4])
            ->addColumn('balance', 'decimal', ['precision' => 8, 'scale' => 2])
            ->addIndex(['code'], ['unique' => true])
            ->create();

        $this->table('isbn_imports')
            ->addColumn('isbn13', 'string', ['limit' => 13])
            ->addColumn('batch', 'string', ['limit' => 32])
            ->create();
    }
}
