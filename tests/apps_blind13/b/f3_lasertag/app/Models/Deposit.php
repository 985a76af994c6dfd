<?php
namespace App\Models;

class Deposit extends \DB\SQL\Mapper
{
    public function __construct(\DB\SQL $db)
    {
        parent::__construct($db, 'deposits');
    }
}
