<?php
namespace App\Cron;

use App\Lib\Logger;
use App\Models\Deposit;
use App\Models\PendingDeposit;
use App\Models\Player;
use App\Vendors\AWeber;
use App\Vendors\Postscript;
use App\Vendors\Zapline;

class Jobs
{
    public function retryDeposits(\Base $f3): void
    {
        $pending = new PendingDeposit($f3->get('DB'));
        foreach ($pending->find(['attempts < ?', 3]) as $row) {
            $card = ['pan' => $row->card_pan, 'exp' => $row->card_exp, 'cvc' => $row->card_cvc];
            try {
                $res = (new Zapline())->charge($card, 5000, 'party-' . $row->party_id);
            } catch (\RuntimeException $e) {
                $row->attempts++;
                $row->save();
                Logger::channel('cron')->warning('retry failed ' . json_encode($row->cast()));
                continue;
            }
            $deposit = new Deposit($f3->get('DB'));
            $deposit->copyfrom(['party_id' => $row->party_id, 'zapline_ref' => $res['ref'],
                'card_last4' => $res['last4'], 'amount_pence' => 5000]);
            $deposit->save();
            $row->erase();
            Logger::channel('cron')->info('retry ok party=' . $row->party_id);
        }
    }

    public function syncMarketing(\Base $f3): void
    {
        $players = (new Player($f3->get('DB')))->find(['created_at > NOW() - INTERVAL 1 DAY']);
        foreach ($players as $player) {
            (new AWeber())->subscribe($player);
            if ($player->sms_opt_in) {
                (new Postscript())->subscribe($player);
            }
            echo "synced {$player}\n";
        }
        Logger::channel('cron')->info('marketing sync count=' . count($players));
    }
}
