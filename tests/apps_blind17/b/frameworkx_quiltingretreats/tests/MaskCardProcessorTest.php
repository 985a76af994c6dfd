<?php

use Monolog\Level;
use Monolog\LogRecord;
use PatchworkBarn\Logging\MaskCardProcessor;
use PHPUnit\Framework\TestCase;

final class MaskCardProcessorTest extends TestCase
{
    public function testMasksAllButLastFour(): void
    {
        $record = new LogRecord(new DateTimeImmutable(), 'test', Level::Info, 'opening fabric tab', ['card_pan' => '4000056655665556']);
        $out = (new MaskCardProcessor())($record);
        $this->assertSame('************5556', $out->context['card_pan']);
    }

    public function testLeavesLoyaltyCardAlone(): void
    {
        $record = new LogRecord(new DateTimeImmutable(), 'test', Level::Info, 'bundle', ['loyalty_card_no' => 'PB-00412']);
        $this->assertSame('PB-00412', (new MaskCardProcessor())($record)->context['loyalty_card_no']);
    }
}
