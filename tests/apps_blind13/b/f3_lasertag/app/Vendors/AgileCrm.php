<?php
namespace App\Vendors;

use App\Models\Player;

class AgileCrm
{
    public static function contactPayload(Player $player): array
    {
        return [
            'properties' => [
                ['type' => 'SYSTEM', 'name' => 'first_name', 'value' => $player->parent_name],
                ['type' => 'SYSTEM', 'name' => 'email', 'subtype' => 'home', 'value' => $player->email],
                ['type' => 'SYSTEM', 'name' => 'phone', 'subtype' => 'mobile', 'value' => $player->phone],
                ['type' => 'CUSTOM', 'name' => 'Postcode', 'value' => $player->postcode],
            ],
            'tags' => ['arena-customer'],
        ];
    }

    public function createContact(Player $player): array
    {
        $f3 = \Base::instance();
        $res = \Web::instance()->request(sprintf('https://%s.agilecrm.com/dev/api/contacts', $f3->get('agilecrm.domain')), [
            'method' => 'POST',
            'header' => [
                'Content-Type: application/json',
                'Accept: application/json',
                'Authorization: Basic ' . base64_encode($f3->get('agilecrm.user') . ':' . getenv('AGILE_API_KEY')),
            ],
            'content' => json_encode(self::contactPayload($player)),
        ]);
        return json_decode($res['body'], true) ?? [];
    }

    public function tagContact(int $agileId, string $tag): void
    {
        $f3 = \Base::instance();
        \Web::instance()->request(sprintf('https://%s.agilecrm.com/dev/api/contacts/edit/tags', $f3->get('agilecrm.domain')), [
            'method' => 'PUT',
            'header' => ['Content-Type: application/json',
                'Authorization: Basic ' . base64_encode($f3->get('agilecrm.user') . ':' . getenv('AGILE_API_KEY'))],
            'content' => json_encode(['id' => $agileId, 'tags' => [$tag]]),
        ]);
    }
}
