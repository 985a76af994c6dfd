<?php

namespace App\Events;

use App\Models\LessonBooking;
use Illuminate\Foundation\Events\Dispatchable;
use Illuminate\Queue\SerializesModels;

class LessonBooked
{
    use Dispatchable, SerializesModels;

    public function __construct(public LessonBooking $booking)
    {
    }
}
