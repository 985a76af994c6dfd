<?php

namespace App\Message;

final class PrintBadge
{
    public function __construct(public readonly int $attendeeId, public readonly string $printer = 'hall-a')
    {
    }
}
