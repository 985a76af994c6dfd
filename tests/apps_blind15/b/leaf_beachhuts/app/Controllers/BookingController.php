<?php

namespace App\Controllers;

use App\Repositories\HirerRepository;
use App\Repositories\PaymentRepository;
use App\Support\Config;
use App\Support\Http;
use App\Support\Log;

class BookingController
{
    public function confirm(int $letId): void
    {
        $body = request()->body();
        $hirer = (new HirerRepository())->find((int) $body['hirer_id']);

        Http::postJson(Config::get('key_safe.url'), [
            'hut' => $body['hut_no'],
            'holder' => $hirer['full_name'],
            'mobile' => $hirer['phone'],
        ]);

        Http::session('council')->post('licence-returns', [], json_encode([
            'hut' => $body['hut_no'],
            'licensee' => $hirer['full_name'],
            'address' => $hirer['home_address'],
        ]));

        Http::postJson('http://lifeguard-hut.saltmarsh-huts.example/occupancy', [
            'hut' => $body['hut_no'],
            'occupant' => $hirer['full_name'],
            'emergency_mobile' => $hirer['phone'],
        ]);

        (new PaymentRepository())->issueKeyCard($letId, strtoupper(bin2hex(random_bytes(4))));
        Log::info('let confirmed', ['let' => $letId, 'hut' => $body['hut_no']]);
        response()->json(['confirmed' => true]);
    }
}
