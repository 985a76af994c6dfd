<?php

use Phalcon\Db\Column;
use Phalcon\Db\Index;
use Phalcon\Migrations\Mvc\Model\Migration;

/**
 * Class PatientsMigration_100
 */
class PatientsMigration_100 extends Migration
{
    public function morph(): void
    {
        $this->morphTable('patients', [
            'columns' => [
                new Column('id', ['type' => Column::TYPE_INTEGER, 'unsigned' => true, 'notNull' => true,
                    'autoIncrement' => true, 'size' => 11, 'first' => true]),
                new Column('first_name', ['type' => Column::TYPE_VARCHAR, 'notNull' => true, 'size' => 80, 'after' => 'id']),
                new Column('last_name', ['type' => Column::TYPE_VARCHAR, 'notNull' => true, 'size' => 80, 'after' => 'first_name']),
                new Column('email', ['type' => Column::TYPE_VARCHAR, 'notNull' => true, 'size' => 190, 'after' => 'last_name']),
                new Column('mobile', ['type' => Column::TYPE_VARCHAR, 'size' => 20, 'after' => 'email']),
                new Column('date_of_birth', ['type' => Column::TYPE_DATE, 'notNull' => true, 'after' => 'mobile']),
                new Column('nhs_number', ['type' => Column::TYPE_CHAR, 'size' => 10, 'after' => 'date_of_birth']),
                new Column('address', ['type' => Column::TYPE_VARCHAR, 'size' => 255, 'after' => 'nhs_number']),
                new Column('postcode', ['type' => Column::TYPE_VARCHAR, 'size' => 10, 'after' => 'address']),
                new Column('medical_alerts', ['type' => Column::TYPE_TEXT, 'after' => 'postcode']),
                new Column('recall_opt_in', ['type' => Column::TYPE_BOOLEAN, 'default' => 1, 'after' => 'medical_alerts']),
                new Column('created_at', ['type' => Column::TYPE_DATETIME, 'notNull' => true, 'after' => 'recall_opt_in']),
            ],
            'indexes' => [
                new Index('PRIMARY', ['id'], 'PRIMARY'),
                new Index('patients_email_uq', ['email'], 'UNIQUE'),
            ],
            'options' => ['TABLE_TYPE' => 'BASE TABLE', 'ENGINE' => 'InnoDB', 'TABLE_COLLATION' => 'utf8mb4_unicode_ci'],
        ]);
    }

    public function down(): void
    {
        $this->getConnection()->dropTable('patients');
    }
}
