<?php

namespace App\Services;

use App\Models\FittingSession;

class MotionLabClient
{
    public function createCapture(FittingSession $session): string
    {
        $rider = $session->rider;
        $response = app('http.motionlab')->post('captures', [
            'json' => [
                'subject' => ['name' => $rider->name, 'dob' => $rider->date_of_birth?->toDateString(), 'height_cm' => $rider->height_cm],
                'injuries' => $rider->injury_notes,
                'bike' => $session->bike_model,
                'scheduled_at' => $session->starts_at->toIso8601String(),
            ],
        ]);

        return json_decode((string) $response->getBody(), true)['capture_id'];
    }
}
