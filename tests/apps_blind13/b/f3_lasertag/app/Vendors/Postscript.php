<?php
namespace App\Vendors;

use App\Lib\HttpClient;
use App\Models\Player;

class Postscript
{
    private HttpClient $http;

    public function __construct()
    {
        $this->http = HttpClient::forSection('postscript', ['Authorization: Bearer ' . getenv('POSTSCRIPT_KEY')]);
    }

    public function subscribe(Player $player): array
    {
        $f3 = \Base::instance();
        return $this->http->postJson('/subscribers', [
            'phone_number' => $player->phone,
            'email' => $player->email,
            'keyword_id' => (int) $f3->get('postscript.keyword_id'),
            'properties' => ['child_birthday' => $player->child_dob],
        ]);
    }

    public function partyReminder(string $subscriberId, string $arena): array
    {
        return $this->http->postJson('/custom-events', [
            'subscriber_id' => $subscriberId,
            'type' => 'party_reminder',
            'properties' => ['arena' => $arena],
        ]);
    }
}
