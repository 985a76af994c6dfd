<?php

namespace App\Providers;

use App\Events\LessonBooked;
use App\Listeners\UpdateArenaBoard;
use App\Models\Rider;
use App\Observers\RiderObserver;
use Illuminate\Support\Facades\Event;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function boot(): void
    {
        Rider::observe(RiderObserver::class);
        Event::listen(LessonBooked::class, UpdateArenaBoard::class);
    }
}
