<?php

declare(strict_types=1);

namespace SmileDesk\Tasks;

use Phalcon\Cli\Task;
use SmileDesk\Models\Patients;

/**
 * php cli.php recall send — six-monthly check-up reminders by SMS.
 */
class RecallTask extends Task
{
    public function sendAction(): void
    {
        $logger = $this->di->get('logger');
        $patients = Patients::find([
            'recall_opt_in = 1 AND id NOT IN (SELECT patient_id FROM appointments WHERE starts_at > NOW())',
            'limit' => 500,
        ]);
        $sent = 0;
        foreach ($patients as $patient) {
            if (!$patient->mobile) {
                continue;
            }
            $ok = $this->di->get('sms')->send($patient->mobile,
                "Hi {$patient->first_name}, you're due a check-up at SmileDesk. Reply BOOK to choose a time.");
            if (!$ok) {
                $logger->notice("recall sms failed to {$patient->mobile} ({$patient->email})");
                continue;
            }
            $sent++;
        }
        $logger->info("recall run: {$sent} reminders sent");
    }
}
