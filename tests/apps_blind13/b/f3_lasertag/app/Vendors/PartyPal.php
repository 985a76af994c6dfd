<?php
namespace App\Vendors;

use App\Lib\HttpClient;
use App\Models\Party;
use App\Models\Player;

class PartyPal
{
    private HttpClient $http;

    public function __construct()
    {
        $this->http = HttpClient::forSection('partypal');
    }

    public function confirm(Party $party, Player $player): array
    {
        return $this->http->postJson('/confirmations', [
            'arena' => $party->arena,
            'starts_at' => $party->starts_at,
            'guests' => (int) $party->guests,
            'organiser' => ['name' => $player->parent_name, 'phone' => $player->phone, 'email' => $player->email],
        ]);
    }

    public function updateOrganiser(int $partyPalId, Player $player): array
    {
        return $this->http->postJson('/confirmations/' . $partyPalId . '/organiser', [
            'name' => $player->parent_name,
            'phone' => $player->phone,
            'postcode' => $player->postcode,
        ]);
    }

    public function cancel(int $partyPalId, string $organiserEmail, string $reason): array
    {
        return $this->http->postJson('/confirmations/' . $partyPalId . '/cancel',
            ['organiser_email' => $organiserEmail, 'reason' => $reason]);
    }

    public function capacity(string $arena): array
    {
        return (new HttpClient('http://127.0.0.1:8130'))->postJson('/capacity', ['arena' => $arena]);
    }
}
