<?php

namespace App\Vendors;

use App\Support\Config;
use WpOrg\Requests\Requests;

final class Nutshell
{
    private function call(string $method, array $params): array
    {
        $resp = Requests::post(
            Config::get('nutshell.url'),
            ['Content-Type' => 'application/json'],
            json_encode(['jsonrpc' => '2.0', 'id' => bin2hex(random_bytes(4)), 'method' => $method, 'params' => $params]),
            ['auth' => [$_ENV['NUTSHELL_USER'], $_ENV['NUTSHELL_API_KEY']], 'timeout' => 15]
        );
        return json_decode($resp->body, true)['result'] ?? [];
    }

    public function newContact(array $hirer): int
    {
        $contact = ['name' => $hirer['full_name']];
        $contact['email'] = [$hirer['email']];
        if (!empty($hirer['phone'])) {
            $contact['phone'] = [$hirer['phone']];
        }
        $contact['address'] = [['address_1' => $hirer['home_address']]];
        return (int) ($this->call('newContact', ['contact' => $contact])['id'] ?? 0);
    }

    public function tagLead(int $nutshellId, string $season): void
    {
        $this->call('editContact', ['contactId' => $nutshellId, 'rev' => 'REV_IGNORE', 'contact' => ['tags' => ["season-{$season}"]]]);
    }
}
