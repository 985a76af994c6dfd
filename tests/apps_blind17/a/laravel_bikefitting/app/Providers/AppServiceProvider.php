<?php

namespace App\Providers;

use App\Events\FittingBooked;
use App\Listeners\SyncRiderToEmailOctopus;
use GuzzleHttp\Client;
use Illuminate\Support\Facades\Event;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton('http.saddlepay', fn () => new Client([
            'base_uri' => rtrim(config('services.saddlepay.base_url'), '/').'/',
            'timeout' => config('services.saddlepay.timeout'),
            'verify' => (bool) config('services.saddlepay.verify'),
            'headers' => ['Authorization' => 'Bearer '.config('services.saddlepay.secret')],
        ]));

        $this->app->singleton('http.motionlab', fn () => new Client([
            'base_uri' => rtrim(config('services.motionlab.base_url'), '/').'/',
            'timeout' => 15,
            'headers' => ['X-Api-Key' => config('services.motionlab.key')],
        ]));

        $this->app->singleton('http.vendors', fn () => new Client(['timeout' => 10]));
    }

    public function boot(): void
    {
        Event::listen(FittingBooked::class, SyncRiderToEmailOctopus::class);
    }
}
