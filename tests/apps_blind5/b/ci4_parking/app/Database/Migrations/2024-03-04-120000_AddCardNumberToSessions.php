<?php

namespace App\Database\Migrations;

use CodeIgniter\Database\Migration;

class AddCardNumberToSessions extends Migration
{
    public function up()
    {
        $this->forge->addColumn('parking_sessions', [
            'card_number' => ['type' => 'VARCHAR', 'constraint' => 19, 'null' => true, 'after' => 'plate'],
            'pay_station_id' => ['type' => 'VARCHAR', 'constraint' => 12, 'null' => true],
        ]);
    }

    public function down()
    {
        $this->forge->dropColumn('parking_sessions', ['card_number', 'pay_station_id']);
    }
}
