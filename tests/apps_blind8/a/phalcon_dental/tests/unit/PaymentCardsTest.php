<?php

declare(strict_types=1);

namespace Tests\Unit;

use PHPUnit\Framework\TestCase;
use SmileDesk\Models\PaymentCards;

final class PaymentCardsTest extends TestCase
{
    public function testBeforeSaveKeepsLastFour(): void
    {
        $card = new PaymentCards();
        $card->card_number = '4111111111111111';
        $card->brand = 'visa';
        $card->beforeSave();

        $this->assertSame('1111', $card->last_four);
        $this->assertSame('visa ending 1111', $card->masked());
    }

    public function testMaskedWithoutNumber(): void
    {
        $card = new PaymentCards();
        $card->card_token = 'tok_3f9a0c2e7b';
        $this->assertSame('card ending ????', $card->masked());
    }
}
