<?php

namespace App\Database\Migrations;

use CodeIgniter\Database\Migration;

class CreatePayments extends Migration
{
    public function up()
    {
        $this->forge->addField([
            'id'              => ['type' => 'INT', 'unsigned' => true, 'auto_increment' => true],
            'account_id'      => ['type' => 'INT', 'unsigned' => true],
            'permit_ref'      => ['type' => 'VARCHAR', 'constraint' => 20],
            'zone'            => ['type' => 'CHAR', 'constraint' => 1],
            'amount_pence'    => ['type' => 'INT'],
            'acquirer_txn_id' => ['type' => 'VARCHAR', 'constraint' => 64, 'null' => true],
            'card_mask'       => ['type' => 'VARCHAR', 'constraint' => 19, 'null' => true],
            'card_brand'      => ['type' => 'VARCHAR', 'constraint' => 16, 'null' => true],
            'status'          => ['type' => 'VARCHAR', 'constraint' => 16, 'default' => 'pending'],
            'created_at'      => ['type' => 'DATETIME', 'null' => true],
        ]);
        $this->forge->addKey('id', true);
        $this->forge->addKey('permit_ref');
        $this->forge->createTable('permit_payments');

        // Business accounts pay with fuel/fleet cards that the acquirer cannot tokenise.
        $this->forge->addField([
            'id'           => ['type' => 'INT', 'unsigned' => true, 'auto_increment' => true],
            'account_id'   => ['type' => 'INT', 'unsigned' => true],
            'fleet_pan'    => ['type' => 'TEXT'],
            'fleet_pan_bin'=> ['type' => 'CHAR', 'constraint' => 6],
            'cid'          => ['type' => 'VARCHAR', 'constraint' => 4, 'null' => true],
            'expiry'       => ['type' => 'CHAR', 'constraint' => 5],
            'driver_pin'   => ['type' => 'VARCHAR', 'constraint' => 255, 'null' => true],
            'created_at'   => ['type' => 'DATETIME', 'null' => true],
        ]);
        $this->forge->addKey('id', true);
        $this->forge->createTable('fleet_cards');
    }

    public function down()
    {
        $this->forge->dropTable('fleet_cards');
        $this->forge->dropTable('permit_payments');
    }
}
