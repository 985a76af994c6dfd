<?php

namespace App\Tests\Service;

use App\Logging\CardMaskProcessor;
use Monolog\Level;
use Monolog\LogRecord;
use PHPUnit\Framework\TestCase;

final class CardMaskProcessorTest extends TestCase
{
    public function testMasksCardNumberAndSecurityCode(): void
    {
        $record = new LogRecord(new \DateTimeImmutable(), 'payments', Level::Info, 'x', [
            'card_number' => '6011000990139425',
            'security_code' => '123',
        ]);
        $out = (new CardMaskProcessor())($record);

        self::assertSame('************9425', $out->context['card_number']);
        self::assertSame('***', $out->context['security_code']);
    }
}
