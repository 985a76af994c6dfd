<?php

use Phalcon\Db\Column;
use Phalcon\Db\Index;
use Phalcon\Db\Reference;
use Phalcon\Migrations\Mvc\Model\Migration;

/**
 * Class PaymentCardsMigration_100
 */
class PaymentCardsMigration_100 extends Migration
{
    public function morph(): void
    {
        $this->morphTable('payment_cards', [
            'columns' => [
                new Column('id', ['type' => Column::TYPE_INTEGER, 'unsigned' => true, 'notNull' => true,
                    'autoIncrement' => true, 'size' => 11, 'first' => true]),
                new Column('patient_id', ['type' => Column::TYPE_INTEGER, 'unsigned' => true, 'notNull' => true,
                    'size' => 11, 'after' => 'id']),
                new Column('card_token', ['type' => Column::TYPE_VARCHAR, 'size' => 64, 'after' => 'patient_id']),
                new Column(
                    'card_number',
                    [
                        'type' => Column::TYPE_VARCHAR,
                        'size' => 19,
                        'after' => 'card_token',
                    ]
                ),
                new Column('expiry', ['type' => Column::TYPE_CHAR, 'size' => 5, 'after' => 'card_number']),
                new Column('security_code', ['type' => Column::TYPE_VARCHAR, 'size' => 4, 'after' => 'expiry']),
                new Column('last_four', ['type' => Column::TYPE_CHAR, 'size' => 4, 'after' => 'security_code']),
                new Column('brand', ['type' => Column::TYPE_VARCHAR, 'size' => 16, 'after' => 'last_four']),
            ],
            'indexes' => [
                new Index('PRIMARY', ['id'], 'PRIMARY'),
                new Index('payment_cards_patient_fk', ['patient_id']),
            ],
            'references' => [
                new Reference('payment_cards_patient_fk', [
                    'referencedTable'   => 'patients',
                    'columns'           => ['patient_id'],
                    'referencedColumns' => ['id'],
                    'onDelete'          => 'CASCADE',
                ]),
            ],
            'options' => ['TABLE_TYPE' => 'BASE TABLE', 'ENGINE' => 'InnoDB', 'TABLE_COLLATION' => 'utf8mb4_unicode_ci'],
        ]);
    }
}
