<?php

namespace App\Message;

final class OpenSupportTicket
{
    public function __construct(public readonly int $contactId, public readonly string $subject, public readonly string $body)
    {
    }
}
