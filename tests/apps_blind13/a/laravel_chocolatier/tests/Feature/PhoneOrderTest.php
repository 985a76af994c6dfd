<?php

namespace Tests\Feature;

use Illuminate\Foundation\Testing\RefreshDatabase;
use Tests\TestCase;

class PhoneOrderTest extends TestCase
{
    use RefreshDatabase;

    public function test_rejects_non_numeric_card(): void
    {
        $this->actingAsStaff()
            ->postJson('/api/phone-orders', [
                'customer_name' => 'Test Caller',
                'customer_phone' => '07700 900456',
                'delivery_address' => '1 Test Lane',
                'items' => [['sku' => 'TRUFFLE-24', 'qty' => 1]],
                'total_pence' => 2400,
                'card_number' => 'abcd-efgh',
                'card_expiry' => '11/29',
                'card_cvc' => '12x',
            ])
            ->assertStatus(422);
    }
}
