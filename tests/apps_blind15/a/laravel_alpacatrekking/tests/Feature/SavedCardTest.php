<?php

namespace Tests\Feature;

use App\Models\Guest;
use App\Models\TrekBooking;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Tests\TestCase;

class SavedCardTest extends TestCase
{
    use RefreshDatabase;

    public function test_saved_card_keeps_only_token_and_last_four(): void
    {
        $guest = Guest::create(['full_name' => 'Test Guest', 'email' => 'guest@example.test', 'phone' => '07700 900321', 'date_of_birth' => '1990-04-01']);
        $booking = TrekBooking::create(['guest_id' => $guest->id, 'trek_date' => '2025-08-02', 'route' => 'tarn-loop', 'party_size' => 2, 'total_pence' => 9000]);

        $this->postJson("/api/bookings/{$booking->id}/saved-card", ['paywell_token' => 'pw_tok_91Ka', 'brand' => 'visa', 'last_four' => '0071'])
            ->assertCreated();

        $this->assertDatabaseHas('saved_cards', ['last_four' => '0071']);
    }
}
