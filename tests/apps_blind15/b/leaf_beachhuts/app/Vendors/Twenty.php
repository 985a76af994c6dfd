<?php

namespace App\Vendors;

use App\Support\Http;

final class Twenty
{
    public function upsertPerson(array $hirer): void
    {
        [$first, $last] = array_pad(explode(' ', $hirer['full_name'], 2), 2, '');
        Http::session('twenty', ['Authorization' => 'Bearer ' . $_ENV['TWENTY_API_KEY']])
            ->post('people', [], json_encode([
                'name' => ['firstName' => $first, 'lastName' => $last],
                'emails' => ['primaryEmail' => $hirer['email']],
                'city' => 'Eastmere',
            ]));
    }

    public function noteLet(string $twentyPersonId, int $letId): void
    {
        Http::session('twenty', ['Authorization' => 'Bearer ' . $_ENV['TWENTY_API_KEY']])
            ->post('notes', [], json_encode(['title' => "Let {$letId}", 'personId' => $twentyPersonId]));
    }
}
