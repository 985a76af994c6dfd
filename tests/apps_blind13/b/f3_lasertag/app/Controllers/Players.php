<?php
namespace App\Controllers;

use App\Lib\Audit;
use App\Lib\Logger;
use App\Models\Player;
use App\Vendors\AgileCrm;

class Players
{
    public function beforeroute(\Base $f3): void
    {
        Logger::resetContext();
        Logger::withContext(['request_id' => $f3->get('HEADERS.X-Request-Id') ?: bin2hex(random_bytes(6))]);
    }

    public function register(\Base $f3): void
    {
        $data = json_decode($f3->get('BODY'), true) ?: [];
        Logger::channel('players')->info('registration ' . $f3->get('BODY'));
        $player = new Player($f3->get('DB'));
        $player->copyfrom($data, fn ($v) => array_intersect_key($v, array_flip(
            ['parent_name', 'email', 'phone', 'postcode', 'child_name', 'child_dob', 'sms_opt_in'])));
        $player->save();
        Logger::withContext(['player' => $player->email]);
        Audit::record('player.registered', $player->cast());
        Logger::channel('players')->info('player saved ' . $player->ref());
        $agile = (new AgileCrm())->createContact($player);
        Logger::channel('players')->info('agile contact id=' . ($agile['id'] ?? 'none'));
        echo json_encode(['id' => (int) $player->id]);
    }

    public function show(\Base $f3, array $params): void
    {
        $player = new Player($f3->get('DB'));
        $player->load(['id = ?', (int) $params['id']]);
        if ($player->dry()) {
            Logger::channel('players')->warning('unknown player id ' . (int) $params['id']);
            $f3->error(404);
            return;
        }
        Logger::withContext(['player' => $player->ref()]);
        Logger::channel('players')->info('player viewed');
        echo json_encode(['id' => (int) $player->id, 'child_name' => $player->child_name]);
    }
}
