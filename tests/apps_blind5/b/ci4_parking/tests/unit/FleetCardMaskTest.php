<?php

namespace Tests\Unit;

use App\Entities\FleetCard;
use CodeIgniter\Test\CIUnitTestCase;

final class FleetCardMaskTest extends CIUnitTestCase
{
    public function testMaskKeepsBinAndLastFour(): void
    {
        $card = new FleetCard();
        $card->fleet_pan = '5105105105105100';

        $this->assertSame('510510******5100', $card->masked());
    }

    public function testShortNumbersAreNotPadded(): void
    {
        $card = new FleetCard();
        $card->fleet_pan = '1234567890';

        $this->assertSame('1234567890', $card->masked());
    }
}
