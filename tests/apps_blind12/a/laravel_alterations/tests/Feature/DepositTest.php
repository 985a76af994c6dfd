<?php

namespace Tests\Feature;

use App\Models\Client;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Queue;
use Tests\TestCase;

class DepositTest extends TestCase
{
    use RefreshDatabase;

    public function test_declined_deposit_is_retried(): void
    {
        Queue::fake();
        Http::fake(['api.atelierpay.example/*' => Http::response(['error' => 'issuer_unavailable'], 503)]);
        $client = Client::factory()->create();

        $this->postJson('/api/deposits', [
            'client_id' => $client->id,
            'amount' => 15000,
            'number' => '4929319430940712',
            'cvc' => '551',
            'expiry' => '08/29',
        ])->assertStatus(202);

        Queue::assertPushed(\App\Jobs\RetryDepositHold::class);
    }
}
