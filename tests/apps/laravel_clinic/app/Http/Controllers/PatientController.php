<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;

class PatientController extends Controller
{
    public function store(Request $request)
    {
        $email = $request->input('email');
        Log::info("new patient {$email}"); // expect: pii_logging
        Log::info('new patient ' . hash('sha256', $email));
        Log::info('patient payload', $request->all()); // expect: pii_logging
        Log::debug('dob ' . $request->input('date_of_birth')); // expect: pii_logging
        Log::info('card ' . $request->input('card_number')); // expect: card_data_logging
        Log::info('card ending ' . $request->input('card_last4'));
        $ch = curl_init('https://billing.example.com');
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false); // expect: insecure_transport
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
        return response()->json(['ok' => true]);
    }
}
