<?php

namespace App\Services;

use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Http;

class YardWeather
{
    public function outdoorArenaOk(): bool
    {
        $forecast = Cache::remember('yard-weather', 1800, fn () => Http::get(config('services.weather.url'), [
            'lat' => 52.63, 'lon' => -1.13, 'appid' => env('OPENWEATHER_KEY'),
        ])->json());

        return ($forecast['list'][0]['rain']['3h'] ?? 0) < 4;
    }
}
