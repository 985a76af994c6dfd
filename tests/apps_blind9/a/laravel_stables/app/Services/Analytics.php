<?php

namespace App\Services;

use App\Models\Rider;
use Illuminate\Support\Facades\Http;

/** Amplitude HTTP V2 API. */
class Analytics
{
    private const ENDPOINT = 'https://api2.amplitude.com/2/httpapi';

    public function identify(Rider $rider): void
    {
        $this->send([[
            'user_id' => "rider-{$rider->id}",
            'event_type' => '$identify',
            'user_properties' => ['$set' => [
                'email' => $rider->email,
                'phone' => $rider->phone,
                'age' => $rider->date_of_birth->age,
            ]],
        ]]);
    }

    public function lessonBooked(int $riderId, string $kind): void
    {
        $this->send([['user_id' => "rider-{$riderId}", 'event_type' => 'Lesson Booked', 'event_properties' => ['kind' => $kind]]]);
    }

    private function send(array $events): void
    {
        Http::asJson()->post(self::ENDPOINT, ['api_key' => config('services.amplitude.key'), 'events' => $events]);
    }
}
