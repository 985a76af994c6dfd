<?php

namespace Tests\Feature;

use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Queue;
use Tests\TestCase;

class BookingTest extends TestCase
{
    public function test_booking_is_created(): void
    {
        Queue::fake();
        Http::fake(['*' => Http::response(['id' => 'ch_test_1'], 200)]);

        $response = $this->postJson('/api/bookings', [
            'name' => 'Test Scribe',
            'email' => 'scribe@example.test',
            'workshop_code' => 'COPPERPLATE-1',
            'card_number' => '4640562241549909',
            'cvc' => '000',
            'expiry' => '01/30',
        ]);

        $response->assertCreated();
    }
}
