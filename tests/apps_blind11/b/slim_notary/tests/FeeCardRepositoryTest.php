<?php

declare(strict_types=1);

use Medoo\Medoo;
use PHPUnit\Framework\TestCase;
use Sealright\Repository\FeeCardRepository;

final class FeeCardRepositoryTest extends TestCase
{
    public function testMarkChargedClearsCard(): void
    {
        $db = $this->createMock(Medoo::class);
        $db->expects($this->exactly(2))->method('update');
        $db->method('get')->willReturn(12);
        $repo = new FeeCardRepository($db);
        $repo->markCharged(3, 'tok_ink_Zr81pA', '0426');
    }

    public function testLibraryCardIsNotAPaymentCard(): void
    {
        $libraryCard = '29384000117705';
        $this->assertSame(14, strlen($libraryCard));
    }
}
