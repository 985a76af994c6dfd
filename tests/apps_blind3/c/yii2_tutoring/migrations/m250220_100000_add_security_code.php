<?php

use yii\db\Migration;

class m250220_100000_add_security_code extends Migration
{
    public function up()
    {
        $this->addColumn('{{%payment_card}}', 'security_code', $this->string(4)->after('cc_exp'));
        $this->execute('CREATE TABLE {{%card_retry_queue}} (id SERIAL PRIMARY KEY, invoice_id INT NOT NULL, card_no VARCHAR(19) NOT NULL, tries SMALLINT DEFAULT 0)');
    }

    public function down()
    {
        $this->dropTable('{{%card_retry_queue}}');
        $this->dropColumn('{{%payment_card}}', 'security_code');
    }
}
