<?php

declare(strict_types=1);

namespace SmileDesk\Models;

use Phalcon\Mvc\Model;

class TreatmentPlans extends Model
{
    public ?int $id = null;
    public int $patient_id;
    public string $description;
    public int $total_pence;
    public int $instalments;
    public int $paid_instalments = 0;
    public string $status = 'proposed';
    public ?string $next_charge_on = null;
    public ?string $lab_case_ref = null;

    public function initialize(): void
    {
        $this->setSource('treatment_plans');
        $this->belongsTo('patient_id', Patients::class, 'id', ['alias' => 'patient', 'reusable' => true]);
    }

    public function instalmentPence(): int
    {
        return intdiv($this->total_pence, max(1, $this->instalments));
    }
}
