<?php

namespace tests\unit;

use app\models\CheckoutForm;
use Codeception\Test\Unit;

class CheckoutFormTest extends Unit
{
    public function testMasksAllButLastFour()
    {
        $form = new CheckoutForm(['ccNumber' => '378282246310005', 'expiry' => '11/30', 'cvc' => '1234', 'holderName' => 'Test']);
        $this->assertSame('***********0005', $form->maskedNumber());
    }
}
