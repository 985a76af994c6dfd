<?php

namespace App\Commands;

use App\Models\FleetCardModel;
use CodeIgniter\CLI\BaseCommand;
use CodeIgniter\CLI\CLI;

class ReconcileFleetCards extends BaseCommand
{
    protected $group       = 'Billing';
    protected $name        = 'fleet:reconcile';
    protected $description = 'Lists fleet cards whose BIN is no longer accepted by the fuel network.';
    protected $usage       = 'fleet:reconcile [--bins=700676,707138]';

    public function run(array $params)
    {
        $bins  = explode(',', CLI::getOption('bins') ?? '700676,707138');
        $cards = (new FleetCardModel())->whereNotIn('fleet_pan_bin', $bins)->findAll();
        $start = microtime(true);

        foreach ($cards as $card) {
            CLI::write(sprintf('%6d  %s  exp %s', $card->id, $card->masked(), $card->expiry));
        }
        log_message('info', 'fleet:reconcile listed {n} cards in {ms} ms', [
            'n'  => count($cards),
            'ms' => (int) ((microtime(true) - $start) * 1000),
        ]);
        CLI::write(count($cards) . ' cards need a replacement', 'yellow');
    }
}
