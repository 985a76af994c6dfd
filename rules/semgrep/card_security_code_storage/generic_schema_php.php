<?php
$this->table('charges')
    // ruleid: card-security-code-generic-php-schema-column
    ->addColumn('cvv', 'string', ['limit' => 4])
    // ok: card-security-code-generic-php-schema-column
    ->addColumn('cvv_result', 'boolean')
    ->update();

// Phalcon morphTable migration: columns are Column objects with a type array.
class TillCardsMigration_100 extends Migration
{
    public function morph(): void
    {
        $this->morphTable('till_cards', [
            'columns' => [
                // ruleid: card-security-code-generic-php-schema-column
                new Column('cvc', ['type' => Column::TYPE_VARCHAR, 'size' => 4]),
                // ok: card-security-code-generic-php-schema-column
                new Column('cvc_checked', ['type' => Column::TYPE_BOOLEAN]),
                // ok: card-security-code-generic-php-schema-column
                new Column('promo_code', ['type' => Column::TYPE_VARCHAR, 'size' => 12]),
            ],
        ]);
    }
}
