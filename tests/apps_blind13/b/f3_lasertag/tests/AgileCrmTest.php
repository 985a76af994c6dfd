<?php
use App\Vendors\AgileCrm;
use PHPUnit\Framework\TestCase;

final class AgileCrmTest extends TestCase
{
    public function testPayloadUsesSystemProperties(): void
    {
        $player = $this->getMockBuilder(\App\Models\Player::class)->disableOriginalConstructor()->getMock();
        $player->method('__get')->willReturnMap([
            ['parent_name', 'Greta Lindqvist'], ['email', 'greta.l@example.com'],
            ['phone', '+447700900777'], ['postcode', 'LS6 2AB'],
        ]);
        $payload = AgileCrm::contactPayload($player);
        $this->assertSame('SYSTEM', $payload['properties'][0]['type']);
        $this->assertSame(['arena-customer'], $payload['tags']);
    }
}
