<?php

declare(strict_types=1);

namespace HyperfTest\Cases;

use App\Log\CardMaskingProcessor;
use Monolog\Level;
use Monolog\LogRecord;
use PHPUnit\Framework\TestCase;

class CardMaskingProcessorTest extends TestCase
{
    public function testMasksPanAndDropsCvc(): void
    {
        $record = new LogRecord(new \DateTimeImmutable(), 'payments', Level::Info, 'card', ['card_number' => '5555444433331112', 'cvc' => '123']);
        $out = (new CardMaskingProcessor())($record);
        $this->assertSame('************1112', $out->context['card_number']);
        $this->assertArrayNotHasKey('cvc', $out->context);
    }
}
