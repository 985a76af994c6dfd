<?php

namespace Tests\Feature;

use App\Jobs\ChargePhoneOrder;
use App\Models\Customer;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Queue;
use Tests\TestCase;

class PhoneOrderTest extends TestCase
{
    use RefreshDatabase;

    public function test_phone_payment_is_queued(): void
    {
        Queue::fake();
        $customer = Customer::create(['name' => 'Rhiannon Pugh', 'email' => 'rhiannon@example.org']);
        $order = $customer->orders()->create(['artwork' => 'watercolour', 'moulding' => 'oak-20', 'glazing' => 'float', 'width_mm' => 400, 'height_mm' => 300, 'total_pence' => 8900]);
        $this->postJson("/api/orders/{$order->id}/phone-payment", ['card_number' => '630400001111', 'cvc' => '123', 'expiry' => '10/29'])
            ->assertStatus(202);
        Queue::assertPushed(ChargePhoneOrder::class);
    }
}
