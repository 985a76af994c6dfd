<?php

namespace App\Services;

use App\Models\Rider;

class EmailOctopus
{
    public function subscribe(Rider $rider): void
    {
        $listId = config('services.emailoctopus.list_id');
        [$first, $last] = array_pad(explode(' ', $rider->name, 2), 2, '');

        app('http.vendors')->post(config('services.emailoctopus.base_url')."/lists/{$listId}/contacts", [
            'json' => [
                'api_key' => config('services.emailoctopus.api_key'),
                'email_address' => $rider->email,
                'fields' => ['FirstName' => $first, 'LastName' => $last, 'Phone' => $rider->phone],
                'tags' => ['fitting-client'],
                'status' => 'SUBSCRIBED',
            ],
        ]);
    }
}
