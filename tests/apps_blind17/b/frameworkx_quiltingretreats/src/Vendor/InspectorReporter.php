<?php

namespace PatchworkBarn\Vendor;

use Inspector\Configuration;
use Inspector\Inspector;

final class InspectorReporter
{
    private Inspector $inspector;

    public function __construct()
    {
        $this->inspector = new Inspector(new Configuration(getenv('INSPECTOR_KEY') ?: ''));
    }

    public function bookingFailed(\Throwable $e, int $guestId, ?string $email): void
    {
        $this->inspector->startTransaction('booking.deposit')
            ->addContext('guest', ['id' => $guestId, 'email' => $email]);
        $this->inspector->reportException($e);
    }

    public function workerFailed(\Throwable $e, string $queue): void
    {
        $this->inspector->startTransaction('worker.' . $queue)->addContext('queue', ['name' => $queue]);
        $this->inspector->reportException($e);
    }
}
