<?php

namespace App\Message;

final class ChargePlanInstalment
{
    public function __construct(public readonly int $planId)
    {
    }
}
