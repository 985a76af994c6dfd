<?php

namespace App\Http\Controllers;

use App\Models\Patient;
use App\Services\Marketing;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Http;
use Illuminate\Support\Facades\Log;

class PatientController extends Controller
{
    public function __construct(private Marketing $marketing)
    {
    }

    public function store(Request $request)
    {
        $data = $request->validate([
            'first_name' => 'required|string',
            'last_name' => 'required|string',
            'email' => 'required|email|unique:patients',
            'mobile' => 'nullable|string',
            'date_of_birth' => 'required|date',
            'nhs_number' => 'nullable|string',
        ]);

        Log::debug('Patient registration payload', $request->all());

        $patient = Patient::create($data);
        Log::info('Patient registered', ['patient_id' => $patient->id]);

        $this->marketing->identify($patient);

        return response()->json(['id' => $patient->id], 201);
    }

    public function update(Request $request, Patient $patient)
    {
        $patient->update($request->only(['email', 'mobile', 'address']));
        Log::info("Patient {$patient->id} changed contact details to {$patient->email} / {$patient->mobile}");

        return response()->noContent();
    }

    public function lookup(Request $request)
    {
        $patient = Patient::where('email', $request->query('email'))->first();
        if (! $patient) {
            Log::notice('Patient lookup by email returned nothing');
            abort(404);
        }

        return $patient->only(['id', 'first_name']);
    }

    public function syncToGp(Patient $patient)
    {
        $response = Http::post('http://gp-connect.nhs-trust.local/api/patients', [
            'name' => $patient->first_name.' '.$patient->last_name,
            'dob' => $patient->date_of_birth->toDateString(),
            'nhs_number' => $patient->nhs_number,
        ]);

        Log::info('GP sync finished', ['patient_id' => $patient->id, 'status' => $response->status()]);

        return response()->noContent();
    }
}
