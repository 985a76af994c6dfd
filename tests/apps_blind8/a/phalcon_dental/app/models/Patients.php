<?php

declare(strict_types=1);

namespace SmileDesk\Models;

use Phalcon\Filter\Validation;
use Phalcon\Filter\Validation\Validator\Email as EmailValidator;
use Phalcon\Filter\Validation\Validator\Uniqueness;
use Phalcon\Mvc\Model;

class Patients extends Model
{
    public ?int $id = null;
    public string $first_name;
    public string $last_name;
    public string $email;
    public ?string $mobile = null;
    public string $date_of_birth;
    public ?string $nhs_number = null;
    public ?string $address = null;
    public ?string $postcode = null;
    public ?string $medical_alerts = null;
    public bool $recall_opt_in = true;
    public string $created_at;

    public function initialize(): void
    {
        $this->setSource('patients');
        $this->hasMany('id', TreatmentPlans::class, 'patient_id', ['alias' => 'plans']);
        $this->hasOne('id', PaymentCards::class, 'patient_id', ['alias' => 'card']);
    }

    public function validation(): bool
    {
        $validator = new Validation();
        $validator->add('email', new EmailValidator(['message' => 'Invalid e-mail']));
        $validator->add('email', new Uniqueness(['model' => $this, 'message' => 'Already registered']));
        return $this->validate($validator);
    }

    public function beforeValidationOnCreate(): void
    {
        $this->created_at = date('Y-m-d H:i:s');
    }

    public function getFullName(): string
    {
        return trim($this->first_name . ' ' . $this->last_name);
    }
}
