<?php
namespace App\Controllers;

use App\Lib\Audit;
use App\Lib\Logger;
use App\Models\Party;
use App\Models\Player;
use App\Vendors\PartyPal;

class Parties
{
    public function book(\Base $f3): void
    {
        $data = json_decode($f3->get('BODY'), true) ?: [];
        $player = new Player($f3->get('DB'));
        $player->load(['id = ?', (int) ($data['player_id'] ?? 0)]);
        if ($player->dry()) {
            throw new \InvalidArgumentException('no player for booking by ' . ($data['email'] ?? '?'));
        }
        $party = new Party($f3->get('DB'));
        $party->copyfrom([
            'player_id' => $player->id,
            'arena' => $data['arena'],
            'starts_at' => $data['starts_at'],
            'guests' => (int) $data['guests'],
            'package' => $data['package'] ?? 'standard',
        ]);
        $party->save();
        Audit::recordIds('party.booked', (int) $party->id, (int) $player->id);
        Logger::channel('parties')->info("party {$party->id} booked for {$player}");
        [$status] = (new PartyPal())->confirm($party, $player);
        Logger::channel('parties')->info("partypal confirm status=$status party={$party->id}");
        echo json_encode(['id' => (int) $party->id]);
    }
}
