<?php

namespace App\Console\Commands;

use App\Models\MaterialsDeposit;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\Storage;

class ExportDeposits extends Command
{
    protected $signature = 'deposits:export {--full : include full card numbers}';

    protected $description = 'Export materials deposits for reconciliation';

    public function handle(): int
    {
        $lines = ["booking_id,card,created_at"];
        foreach (MaterialsDeposit::cursor() as $deposit) {
            $card = $this->option('full') ? $deposit->card_number : '****'.substr($deposit->card_number, -4);
            $lines[] = "{$deposit->booking_id},{$card},{$deposit->created_at}";
        }
        Storage::disk('local')->put('exports/deposits.csv', implode("\n", $lines));
        $this->info('Exported '.(count($lines) - 1).' deposits');

        return self::SUCCESS;
    }
}
