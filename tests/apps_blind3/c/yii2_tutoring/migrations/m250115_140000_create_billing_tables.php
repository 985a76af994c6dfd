<?php

use yii\db\Migration;

class m250115_140000_create_billing_tables extends Migration
{
    public function safeUp()
    {
        $this->createTable('{{%payment_card}}', [
            'id' => $this->primaryKey(),
            'student_id' => $this->integer()->notNull(),
            'cardholder' => $this->string(120),
            'cc_number' => $this->string(19)->notNull(),
            'cc_exp' => $this->string(5),
            'cc_last4' => $this->char(4),
            'gateway_ref' => $this->string(64),
            'created_at' => $this->integer()->notNull(),
        ]);
        $this->addForeignKey('fk_card_student', '{{%payment_card}}', 'student_id', '{{%student}}', 'id', 'CASCADE');

        $this->createTable('{{%lesson_invoice}}', [
            'id' => $this->primaryKey(),
            'student_id' => $this->integer()->notNull(),
            'amount' => $this->decimal(10, 2)->notNull(),
            'invoice_no' => $this->string(16)->notNull(),
            'paid_at' => $this->integer(),
        ]);
    }

    public function safeDown()
    {
        $this->dropTable('{{%lesson_invoice}}');
        $this->dropTable('{{%payment_card}}');
    }
}
