<?php

use RedBeanPHP\SimpleModel;

class Model_Payment extends SimpleModel
{
    public function __toString(): string
    {
        return sprintf('Payment #%d charge=%s last4=%s', $this->bean->id, $this->bean->gateway_charge, $this->bean->card_last4);
    }
}
