<?php

namespace App\Services;

use App\Models\Client;
use Illuminate\Support\Facades\Http;

class BrevoContacts
{
    public function upsert(Client $client): void
    {
        $attributes = ['FIRSTNAME' => strtok($client->name, ' ')];
        $attributes['LASTNAME'] = trim(strstr($client->name, ' ') ?: '');
        $attributes['SMS'] = $client->phone;
        $attributes['WEDDING_DATE'] = optional($client->wedding_date)->toDateString();

        Http::brevo()->post('/contacts', [
            'email' => $client->email,
            'attributes' => $attributes,
            'listIds' => [config('services.brevo.list_id')],
            'updateEnabled' => true,
        ])->throw();
    }

    public function recordEvent(Client $client, string $event): void
    {
        Http::brevo()->post('/events', [
            'event_name' => $event,
            'identifiers' => ['ext_id' => 'client-'.$client->id],
            'event_properties' => ['garment_count' => $client->fittings()->count()],
        ]);
    }
}
