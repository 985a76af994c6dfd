<?php

namespace App\Services;

use App\Models\Client;
use Illuminate\Support\Facades\Http;

class MetaConversions
{
    public function bookedFitting(Client $client, string $eventId): void
    {
        $pixel = config('services.meta.pixel_id');

        Http::post("https://graph.facebook.com/v19.0/{$pixel}/events", [
            'access_token' => config('services.meta.token'),
            'data' => [[
                'event_name' => 'Schedule',
                'event_time' => now()->timestamp,
                'event_id' => $eventId,
                'action_source' => 'website',
                'user_data' => [
                    'em' => [hash('sha256', strtolower(trim($client->email)))],
                    'ph' => [hash('sha256', preg_replace('/\D/', '', $client->phone))],
                ],
            ]],
        ]);
    }
}
