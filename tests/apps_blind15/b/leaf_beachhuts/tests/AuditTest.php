<?php

use PHPUnit\Framework\TestCase;

final class AuditTest extends TestCase
{
    public function testCardFieldsAreMasked(): void
    {
        @mkdir(__DIR__ . '/../storage/logs', 0777, true);
        \App\Support\Audit::record('test', ['card_no' => 'NUMBER-UNDER-TEST-7731', 'card_cvv' => '000']);
        $log = file_get_contents(__DIR__ . '/../storage/logs/audit.log');
        $this->assertStringNotContainsString('NUMBER-UNDER-TEST', $log);
        $this->assertStringContainsString('****7731', $log);
    }
}
