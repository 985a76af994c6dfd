<?php
namespace App\Models;

class PendingDeposit extends \DB\SQL\Mapper
{
    public function __construct(\DB\SQL $db)
    {
        parent::__construct($db, 'pending_deposits');
    }
}
