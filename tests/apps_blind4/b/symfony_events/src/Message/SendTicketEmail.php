<?php

namespace App\Message;

final class SendTicketEmail
{
    public function __construct(public readonly int $attendeeId, public readonly string $orderNumber)
    {
    }
}
