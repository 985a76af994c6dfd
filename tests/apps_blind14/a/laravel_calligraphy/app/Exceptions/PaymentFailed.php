<?php

namespace App\Exceptions;

use App\Models\Attendee;
use RuntimeException;

class PaymentFailed extends RuntimeException
{
    public static function forAttendee(Attendee $attendee, string $reason): self
    {
        return new self("QuillPay refused payment for {$attendee->name} ({$attendee->email}, {$attendee->phone}): {$reason}");
    }
}
