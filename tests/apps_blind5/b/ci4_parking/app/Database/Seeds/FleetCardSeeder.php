<?php

namespace App\Database\Seeds;

use App\Models\FleetCardModel;
use CodeIgniter\Database\Seeder;

class FleetCardSeeder extends Seeder
{
    public function run()
    {
        $model = new FleetCardModel();
        $rows  = array_map('str_getcsv', file(__DIR__ . '/data/fleet_cards.csv', FILE_IGNORE_NEW_LINES));
        $head  = array_shift($rows);

        foreach ($rows as $row) {
            $model->insert(array_combine($head, $row));
        }
    }
}
