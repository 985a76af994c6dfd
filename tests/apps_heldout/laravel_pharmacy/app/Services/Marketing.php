<?php

namespace App\Services;

use App\Models\Patient;
use Segment\Segment;

class Marketing
{
    public function __construct()
    {
        Segment::init(config('services.segment.write_key'));
    }

    public function identify(Patient $patient): void
    {
        Segment::identify([
            'userId' => (string) $patient->id,
            'traits' => [
                'email' => $patient->email,
                'name' => $patient->first_name.' '.$patient->last_name,
                'birthday' => $patient->date_of_birth->toDateString(),
            ],
        ]);
    }

    public function refillReminderSent(Patient $patient): void
    {
        Segment::track([
            'userId' => (string) $patient->id,
            'event' => 'Refill Reminder Sent',
            'properties' => ['channel' => 'sms'],
        ]);
    }

    public function hashedAudience(Patient $patient): array
    {
        return ['em' => hash('sha256', strtolower(trim($patient->email)))];
    }
}
