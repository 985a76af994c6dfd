<?php
namespace App\Models;

class Player extends \DB\SQL\Mapper
{
    public function __construct(\DB\SQL $db)
    {
        parent::__construct($db, 'players');
    }

    public function __toString(): string
    {
        return sprintf('%s <%s> tel %s (child %s, dob %s)', $this->parent_name, $this->email, $this->phone,
            $this->child_name, $this->child_dob);
    }

    public function ref(): string
    {
        return 'player#' . $this->id;
    }
}
