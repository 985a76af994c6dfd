<?php

namespace App\Message;

final class SyncAttendee
{
    public function __construct(public readonly int $attendeeId, public readonly string $event = 'Ticket Purchased')
    {
    }
}
