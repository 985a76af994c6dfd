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
