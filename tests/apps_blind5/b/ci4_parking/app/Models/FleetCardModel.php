<?php

namespace App\Models;

use App\Entities\FleetCard;
use CodeIgniter\Model;

class FleetCardModel extends Model
{
    protected $table         = 'fleet_cards';
    protected $returnType    = FleetCard::class;
    protected $useTimestamps = true;
    protected $updatedField  = '';
    protected $allowedFields = ['account_id', 'fleet_pan', 'fleet_pan_bin', 'cid', 'expiry', 'driver_pin'];
}
