<?php

namespace App\Database\Migrations;

use CodeIgniter\Database\Migration;

class CreateAccounts extends Migration
{
    public function up()
    {
        $this->forge->addField([
            'id'             => ['type' => 'INT', 'constraint' => 11, 'unsigned' => true, 'auto_increment' => true],
            'email'          => ['type' => 'VARCHAR', 'constraint' => 254],
            'password_hash'  => ['type' => 'VARCHAR', 'constraint' => 255],
            'full_name'      => ['type' => 'VARCHAR', 'constraint' => 120],
            'mobile'         => ['type' => 'VARCHAR', 'constraint' => 32, 'null' => true],
            'mobile_verified'=> ['type' => 'TINYINT', 'constraint' => 1, 'default' => 0],
            'address_line'   => ['type' => 'VARCHAR', 'constraint' => 200, 'null' => true],
            'postcode'       => ['type' => 'VARCHAR', 'constraint' => 10, 'null' => true],
            'created_at'     => ['type' => 'DATETIME', 'null' => true],
            'updated_at'     => ['type' => 'DATETIME', 'null' => true],
        ]);
        $this->forge->addKey('id', true);
        $this->forge->addUniqueKey('email');
        $this->forge->createTable('accounts');

        $this->forge->addField([
            'id'         => ['type' => 'INT', 'unsigned' => true, 'auto_increment' => true],
            'account_id' => ['type' => 'INT', 'unsigned' => true],
            'plate'      => ['type' => 'VARCHAR', 'constraint' => 10],
            'make_model' => ['type' => 'VARCHAR', 'constraint' => 60, 'null' => true],
        ]);
        $this->forge->addKey('id', true);
        $this->forge->addForeignKey('account_id', 'accounts', 'id', 'CASCADE', 'CASCADE');
        $this->forge->createTable('vehicles');
    }

    public function down()
    {
        $this->forge->dropTable('vehicles');
        $this->forge->dropTable('accounts');
    }
}
