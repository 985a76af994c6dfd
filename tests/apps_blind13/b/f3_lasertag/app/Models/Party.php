<?php
namespace App\Models;

class Party extends \DB\SQL\Mapper
{
    public function __construct(\DB\SQL $db)
    {
        parent::__construct($db, 'parties');
    }
}
