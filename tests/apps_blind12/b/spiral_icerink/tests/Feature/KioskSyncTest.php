<?php

declare(strict_types=1);

namespace Tests\Feature;

use Spiral\Testing\TestCase;

final class KioskSyncTest extends TestCase
{
    public function testSyncStoresSales(): void
    {
        $http = $this->fakeHttp();
        $response = $http->postJson('/kiosks/K-RINKSIDE/offline-sales', [
            'sales' => [['amount_cents' => 850, 'pan' => 'FAKE-PAN-FOR-TEST', 'cvc' => '000']],
        ]);
        $response->assertOk();
        $this->assertSame(['stored' => 1], json_decode((string) $response->getOriginalResponse()->getBody(), true));
    }
}
