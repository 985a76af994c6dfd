<?php

use yii\db\Migration;

class m240412_091500_create_members extends Migration
{
    public function safeUp()
    {
        $this->createTable('{{%member}}', [
            'id' => $this->primaryKey(),
            'email' => $this->string(254)->notNull()->unique(),
            'first_name' => $this->string(80),
            'last_name' => $this->string(80),
            'birth_date' => $this->date()->notNull(),
            'phone' => $this->string(32),
            'shipping_address' => $this->text(),
            'tier' => $this->string(20)->defaultValue('cellar'),
            'created_at' => $this->integer(),
        ]);

        $this->createTable('{{%payment_card}}', [
            'id' => $this->primaryKey(),
            'member_id' => $this->integer()->notNull(),
            'vault_token' => $this->string(64)->notNull(),
            'brand' => $this->string(16),
            'last_digits' => $this->char(4),
            'exp_month' => $this->smallInteger(),
            'exp_year' => $this->smallInteger(),
        ]);
        $this->addForeignKey('fk_payment_card_member', '{{%payment_card}}', 'member_id', '{{%member}}', 'id', 'CASCADE');
    }

    public function safeDown()
    {
        $this->dropTable('{{%payment_card}}');
        $this->dropTable('{{%member}}');
    }
}
