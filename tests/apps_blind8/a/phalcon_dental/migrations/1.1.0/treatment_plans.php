<?php

use Phalcon\Db\Column;
use Phalcon\Db\Index;
use Phalcon\Migrations\Mvc\Model\Migration;

/**
 * Class TreatmentPlansMigration_110
 */
class TreatmentPlansMigration_110 extends Migration
{
    public function morph(): void
    {
        $this->morphTable('treatment_plans', [
            'columns' => [
                new Column('id', ['type' => Column::TYPE_INTEGER, 'unsigned' => true, 'notNull' => true,
                    'autoIncrement' => true, 'size' => 11, 'first' => true]),
                new Column('patient_id', ['type' => Column::TYPE_INTEGER, 'unsigned' => true, 'notNull' => true, 'after' => 'id']),
                new Column('description', ['type' => Column::TYPE_VARCHAR, 'size' => 255, 'after' => 'patient_id']),
                new Column('total_pence', ['type' => Column::TYPE_INTEGER, 'notNull' => true, 'after' => 'description']),
                new Column('instalments', ['type' => Column::TYPE_TINYINTEGER, 'default' => 1, 'after' => 'total_pence']),
                new Column('paid_instalments', ['type' => Column::TYPE_TINYINTEGER, 'default' => 0, 'after' => 'instalments']),
                new Column('status', ['type' => Column::TYPE_VARCHAR, 'size' => 16, 'default' => 'proposed', 'after' => 'paid_instalments']),
                new Column('next_charge_on', ['type' => Column::TYPE_DATE, 'after' => 'status']),
                new Column('lab_case_ref', ['type' => Column::TYPE_VARCHAR, 'size' => 32, 'after' => 'next_charge_on']),
            ],
            'indexes' => [new Index('PRIMARY', ['id'], 'PRIMARY')],
        ]);
    }

    /**
     * Instalment cards captured by the old terminal were exported to a CSV; backfill them.
     */
    public function afterCreateTable(): void
    {
        $this->getConnection()->execute(
            "INSERT INTO payment_cards (patient_id, card_number, expiry, last_four, brand)
             SELECT patient_id, pan, exp, RIGHT(pan, 4), scheme FROM legacy_terminal_cards"
        );
    }
}
