<?php

namespace App\Services;

use App\Models\FittingSession;
use Illuminate\Http\Request;

class PlausibleEvents
{
    private function send(Request $request, array $event): void
    {
        app('http.vendors')->post(config('services.plausible.endpoint'), [
            'headers' => ['User-Agent' => $request->userAgent() ?? 'cadencelab', 'X-Forwarded-For' => $request->ip()],
            'json' => $event + ['domain' => config('services.plausible.domain'), 'url' => $request->fullUrl()],
        ]);
    }

    public function fittingBooked(Request $request, FittingSession $session): void
    {
        $this->send($request, [
            'name' => 'Fitting Booked',
            'props' => ['package' => $session->package, 'weekday' => $session->starts_at->format('l')],
        ]);
    }

    public function riderRegistered(Request $request, array $validated): void
    {
        $event = ['name' => 'Rider Registered'];
        $event['props'] = ['email' => $validated['email'], 'height_cm' => $validated['height_cm'] ?? null];
        $event['props']['age'] = isset($validated['date_of_birth']) ? now()->diffInYears($validated['date_of_birth']) : null;
        $this->send($request, $event);
    }
}
