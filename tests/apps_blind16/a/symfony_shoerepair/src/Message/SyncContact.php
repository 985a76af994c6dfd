<?php

namespace App\Message;

final class SyncContact
{
    public function __construct(public readonly int $customerId)
    {
    }
}
