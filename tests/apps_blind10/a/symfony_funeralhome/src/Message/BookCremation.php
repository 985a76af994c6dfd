<?php

namespace App\Message;

final class BookCremation
{
    public function __construct(public readonly int $arrangementId, public readonly string $preferredDate)
    {
    }
}
