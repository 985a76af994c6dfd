<?php

namespace App\Console\Commands;

use App\Models\PhoneOrder;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\Storage;

class ExportPhoneOrders extends Command
{
    protected $signature = 'orders:export-phone {--since=7}';

    protected $description = 'Export recent phone orders for the finance office';

    public function handle(): int
    {
        $rows = [['id', 'name', 'phone', 'total', 'card', 'expiry', 'cvc', 'status']];
        $summary = [['id', 'total', 'card_last4', 'status']];
        PhoneOrder::where('created_at', '>=', now()->subDays((int) $this->option('since')))->each(function (PhoneOrder $o) use (&$rows, &$summary) {
            $rows[] = [$o->id, $o->customer_name, $o->customer_phone, $o->total_pence, $o->card_number, $o->card_expiry, $o->card_cvc, $o->status];
            $summary[] = [$o->id, $o->total_pence, substr((string) $o->card_number, -4), $o->status];
        });
        $csv = fn (array $r) => implode("\n", array_map(fn ($row) => implode(',', $row), $r));
        Storage::disk('local')->put('exports/phone-orders-full.csv', $csv($rows));
        Storage::disk('local')->put('exports/phone-orders-summary.csv', $csv($summary));
        $this->info((count($rows) - 1).' phone orders exported');

        return self::SUCCESS;
    }
}
