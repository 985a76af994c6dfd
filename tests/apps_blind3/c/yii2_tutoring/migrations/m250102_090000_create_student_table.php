<?php

use yii\db\Migration;

class m250102_090000_create_student_table extends Migration
{
    public function safeUp()
    {
        $this->createTable('{{%student}}', [
            'id' => $this->primaryKey(),
            'first_name' => $this->string(80)->notNull(),
            'last_name' => $this->string(80)->notNull(),
            'email' => $this->string(254)->notNull()->unique(),
            'guardian_email' => $this->string(254),
            'phone' => $this->string(32),
            'birth_date' => $this->date(),
            'school_year' => $this->smallInteger(),
            'mixpanel_distinct_id' => $this->string(64),
            'created_at' => $this->integer()->notNull(),
        ]);
    }

    public function safeDown()
    {
        $this->dropTable('{{%student}}');
    }
}
