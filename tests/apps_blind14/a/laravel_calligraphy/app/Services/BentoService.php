<?php

namespace App\Services;

use App\Models\Attendee;
use Illuminate\Support\Facades\Http;

class BentoService
{
    public function importSubscriber(Attendee $attendee, string $workshop): void
    {
        [$first, $last] = array_pad(explode(' ', $attendee->name, 2), 2, '');

        $subscriber = ['email' => $attendee->email];
        $subscriber['first_name'] = $first;
        $subscriber['last_name'] = $last;
        $subscriber['phone'] = $attendee->phone;
        $subscriber['tags'] = 'workshop-'.$workshop;

        Http::bento()->post('/batch/subscribers', ['subscribers' => [$subscriber]]);
    }

    public function trackPurchase(Attendee $attendee, int $amountPence): void
    {
        Http::bento()->post('/batch/events', [
            'events' => [[
                'type' => '$purchase',
                'email' => $attendee->email,
                'details' => ['unique' => ['key' => 'booking-'.$attendee->id], 'value' => ['currency' => 'GBP', 'amount' => $amountPence]],
            ]],
        ]);
    }

    public function countSignup(string $workshop): void
    {
        Http::post(config('services.stats.url'), ['event' => 'signup', 'workshop' => $workshop]);
    }
}
