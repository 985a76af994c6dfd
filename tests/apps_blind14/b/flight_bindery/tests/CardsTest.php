<?php

use Bindery\Support\Cards;
use PHPUnit\Framework\TestCase;

final class CardsTest extends TestCase
{
    public function testMaskKeepsBinAndLast4(): void
    {
        $this->assertSame('535310******0011', Cards::mask('5353 1000 0000 0011'));
    }

    public function testFingerprintIsHex(): void
    {
        $this->assertMatchesRegularExpression('/^[0-9a-f]{64}$/', Cards::fingerprint('5353100000000011', 'k'));
    }
}
