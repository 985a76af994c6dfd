<?php

use yii\db\Migration;

class m240520_140000_add_phone_orders extends Migration
{
    public function safeUp()
    {
        $this->createTable('{{%phone_order}}', [
            'id' => $this->primaryKey(),
            'member_id' => $this->integer(),
            'taken_by' => $this->integer(),
            'card_no' => $this->string(19),
            'cid' => $this->string(4),
            'amount' => $this->decimal(10, 2),
            'order_number' => $this->string(20),
            'created_at' => $this->integer(),
        ]);
        $this->createIndex('idx_phone_order_number', '{{%phone_order}}', 'order_number', true);
    }

    public function safeDown()
    {
        $this->dropTable('{{%phone_order}}');
    }
}
