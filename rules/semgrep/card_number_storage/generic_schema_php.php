<?php

class CreateInstruments extends AbstractMigration
{
    public function change(): void
    {
        $this->table('instruments')
            // ruleid: card-number-generic-php-schema-column
            ->addColumn('card_num', 'string', ['limit' => 19])
            // ok: card-number-generic-php-schema-column
            ->addColumn('card_num_token', 'string')
            // ok: card-number-generic-php-schema-column
            ->addColumn('pan', 'string', ['limit' => 4])
            ->create();
        $this->createTable('{{%wallet}}', [
            // ruleid: card-number-generic-php-schema-column
            'creditcard_number' => $this->text(),
            // ok: card-number-generic-php-schema-column
            'creditcard_last4' => $this->char(4),
        ]);
        // ruleid: card-number-generic-php-schema-column
        $t->longText('pan');
    }
}

function wallet_schema() {
    return ['fields' => [
        // ruleid: card-number-generic-php-schema-column
        'cc_number' => ['type' => 'varchar', 'length' => 19],
        // ok: card-number-generic-php-schema-column
        'cc_number_hash' => ['type' => 'varchar', 'length' => 64],
    ]];
}

$form['cc_number'] = ['#type' => 'textfield'];

// Phalcon morphTable migration: columns are Column objects with a type array.
class TillCardsMigration_100 extends Migration
{
    public function morph(): void
    {
        $this->morphTable('till_cards', [
            'columns' => [
                // ok: card-number-generic-php-schema-column
                new Column('id', ['type' => Column::TYPE_INTEGER, 'size' => 11, 'autoIncrement' => true]),
                new Column(
                    // ruleid: card-number-generic-php-schema-column
                    'card_number',
                    ['type' => Column::TYPE_VARCHAR, 'size' => 19, 'notNull' => false]
                ),
                // ok: card-number-generic-php-schema-column
                new Column('card_number_last4', ['type' => Column::TYPE_CHAR, 'size' => 4]),
                // ok: card-number-generic-php-schema-column
                new Column('pan', ['type' => Column::TYPE_CHAR, 'size' => 6]),
                // ok: card-number-generic-php-schema-column
                new Column('gift_card_number', ['type' => Column::TYPE_VARCHAR, 'size' => 19]),
                // ok: card-number-generic-php-schema-column
                new Column('card_number_hash', ['type' => Column::TYPE_VARCHAR, 'size' => 64]),
            ],
        ]);
    }
}
