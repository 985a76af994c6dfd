<?php

namespace App\Exceptions;

use App\Models\Client;
use RuntimeException;

class MeasurementConflict extends RuntimeException
{
    public static function forClient(Client $client, string $garment): self
    {
        return new self("Measurements for {$client->name} ({$client->phone}) conflict with {$garment} pattern");
    }
}
