<?php

use RedBeanPHP\SimpleModel;

class Model_Patron extends SimpleModel
{
    public function update(): void
    {
        $this->bean->email = strtolower(trim($this->bean->email));
    }

    public function __toString(): string
    {
        return sprintf('Patron #%d %s <%s> %s', $this->bean->id, $this->bean->full_name, $this->bean->email, $this->bean->phone);
    }
}
