<?php

namespace Tests\Feature;

use App\Jobs\ChargeLessonDeposit;
use App\Models\Rider;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Queue;
use Tests\TestCase;

class LessonBookingTest extends TestCase
{
    use RefreshDatabase;

    public function test_private_lesson_queues_the_deposit(): void
    {
        Queue::fake();
        Http::fake();
        $rider = Rider::factory()->create();

        $response = $this->actingAs($rider, 'rider')->postJson('/api/lessons', [
            'instructor_id' => 3,
            'arena' => 'indoor',
            'starts_at' => now()->addDays(2)->setTime(10, 0)->toIso8601String(),
            'kind' => 'private',
            'card' => ['number' => '4000002500003155', 'cvc' => '123', 'expiry' => '12/29'],
        ]);

        $response->assertCreated()->assertJsonPath('rider.email', $rider->email);
        Queue::assertPushed(ChargeLessonDeposit::class, fn ($job) => $job->cardCvc === '123');
        $this->assertDatabaseHas('lesson_bookings', ['card_last_four' => '3155']);
    }

    public function test_invalid_card_is_rejected(): void
    {
        $rider = Rider::factory()->create();

        $this->actingAs($rider, 'rider')->postJson('/api/lessons', [
            'instructor_id' => 3, 'arena' => 'indoor', 'kind' => 'private',
            'starts_at' => now()->addDay()->toIso8601String(),
            'card' => ['number' => '40000025', 'cvc' => '1', 'expiry' => '13/29'],
        ])->assertUnprocessable();
    }
}
