<?php

namespace App\Services;

use Illuminate\Support\Facades\Log;

class SmsGateway
{
    public function send(string $phone, string $text): void
    {
        $response = app('http.vendors')->post(config('services.sms.endpoint'), [
            'form_params' => ['to' => $phone, 'from' => config('services.sms.sender'), 'message' => $text],
        ]);
        Log::info('sms dispatched', ['status' => $response->getStatusCode()]);
    }
}
