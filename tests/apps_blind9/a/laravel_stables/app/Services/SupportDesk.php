<?php

namespace App\Services;

use App\Models\LessonBooking;
use Illuminate\Support\Facades\Http;

/** Zendesk: failed deposits become tickets for the office to phone the rider. */
class SupportDesk
{
    public function depositFailed(LessonBooking $booking, string $reason): void
    {
        $rider = $booking->rider;
        $ticket = [
            'subject' => "Deposit failed for lesson {$booking->id}",
            'comment' => ['body' => "Deposit of £".number_format($booking->deposit_pence / 100, 2)." failed: {$reason}"],
            'requester' => ['name' => $rider->full_name, 'email' => $rider->email],
            'custom_fields' => [['id' => 360012, 'value' => $rider->phone]],
        ];

        Http::withBasicAuth(config('services.zendesk.email').'/token', config('services.zendesk.token'))
            ->post('https://'.config('services.zendesk.subdomain').'.zendesk.com/api/v2/tickets', ['ticket' => $ticket]);
    }
}
