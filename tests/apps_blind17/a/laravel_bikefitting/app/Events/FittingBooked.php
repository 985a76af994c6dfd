<?php

namespace App\Events;

use App\Models\FittingSession;
use Illuminate\Foundation\Events\Dispatchable;
use Illuminate\Queue\SerializesModels;

class FittingBooked
{
    use Dispatchable, SerializesModels;

    public function __construct(public FittingSession $session)
    {
    }
}
