<?php

namespace App\Services;

use Illuminate\Support\Facades\Log;

class AuditTrail
{
    public function record(string $action, int $actorId, array $details = []): void
    {
        Log::channel('audit')->info($action, ['actor' => $actorId] + $details);
    }
}
