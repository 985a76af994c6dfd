<?php

namespace App\Jobs;

use App\Http\Integrations\Dotdigital\DotdigitalConnector;
use App\Http\Integrations\Dotdigital\Requests\UpdateContactByIdRequest;
use App\Http\Integrations\Dotdigital\Requests\UpsertContactRequest;
use App\Models\Guest;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Queue\Queueable;
use Illuminate\Support\Facades\Log;

class SyncGuestToDotdigital implements ShouldQueue
{
    use Queueable;

    public function __construct(public int $guestId)
    {
    }

    public function handle(DotdigitalConnector $dotdigital): void
    {
        $guest = Guest::findOrFail($this->guestId);
        [$first, $last] = array_pad(explode(' ', $guest->full_name, 2), 2, '');

        $payload = [
            'identifiers' => ['email' => $guest->email, 'mobileNumber' => $guest->phone],
            'dataFields' => ['firstName' => $first, 'lastName' => $last, 'postcode' => $guest->postcode],
            'lists' => [config('services.dotdigital.list_id')],
        ];
        $payload['dataFields']['dateOfBirth'] = optional($guest->date_of_birth)->toDateString();

        $response = $dotdigital->send(new UpsertContactRequest($guest->email, $payload));
        if ($response->failed()) {
            Log::warning('dotdigital upsert failed', ['guest' => $guest->id, 'status' => $response->status(), 'payload' => $payload]);

            return;
        }

        $contactId = (int) $response->json('contactId');
        $dotdigital->send(new UpdateContactByIdRequest($contactId, ['treksBooked' => $guest->bookings()->count()]));
        Log::info('dotdigital synced', ['guest' => $guest->id, 'contact_id' => $contactId]);
    }
}
