<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class PatientSync
{
    public function __construct(private $mixpanel)
    {
    }

    public function sync($patient)
    {
        \Segment::identify(["userId" => $patient->id, "traits" => ["email" => $patient->email]]); // expect: pii_to_third_party
        \Segment::track(["userId" => $patient->id, "event" => "Patient Synced"]);
        $this->mixpanel->people->set($patient->id, ['$phone' => $patient->phone]); // expect: pii_to_third_party
        Http::post("http://records.partner.example.com/patients", ['email' => $patient->email, 'dob' => $patient->date_of_birth]); // expect: insecure_transport
        Http::post("https://records.example.com/patients", ['email' => $patient->email]);
        Log::info("patient {$patient->id} synced");
    }
}
