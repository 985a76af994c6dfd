<?php
namespace App\Vendors;

use App\Models\Player;

class AWeber
{
    public function tagSubscriber(int $subscriberId, string $tag): void
    {
        $f3 = \Base::instance();
        $url = sprintf('https://api.aweber.com/1.0/accounts/%s/lists/%s/subscribers',
            $f3->get('aweber.account_id'), $f3->get('aweber.list_id'));
        \Web::instance()->request($url . '/' . $subscriberId, [
            'method' => 'PATCH',
            'header' => ['Content-Type: application/json', 'Authorization: Bearer ' . getenv('AWEBER_TOKEN')],
            'content' => json_encode(['tags' => ['add' => [$tag]]]),
        ]);
    }

    public function subscribe(Player $player): bool
    {
        $f3 = \Base::instance();
        $url = sprintf('https://api.aweber.com/1.0/accounts/%s/lists/%s/subscribers',
            $f3->get('aweber.account_id'), $f3->get('aweber.list_id'));
        $subscriber = ['email' => $player->email, 'name' => $player->parent_name];
        $subscriber['custom_fields'] = ['child_name' => $player->child_name, 'child_birthday' => $player->child_dob];
        $subscriber['tags'] = ['laser-party'];
        $res = \Web::instance()->request($url, [
            'method' => 'POST',
            'header' => ['Content-Type: application/json', 'Authorization: Bearer ' . getenv('AWEBER_TOKEN')],
            'content' => json_encode($subscriber),
        ]);
        return str_contains($res['headers'][0] ?? '', '201');
    }
}
