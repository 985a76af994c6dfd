<?php

namespace App\Console\Commands;

use App\Models\PhoneOrderCard;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\Storage;

class ExportPhoneOrders extends Command
{
    protected $signature = 'framing:export-phone-orders {--full}';

    protected $description = 'Export uncharged phone orders for the card terminal';

    public function handle(): int
    {
        $lines = [];
        foreach (PhoneOrderCard::where('charged', false)->cursor() as $row) {
            $lines[] = $this->option('full')
                ? implode(',', [$row->id, $row->framing_order_id, $row->card_number, $row->expiry])
                : implode(',', [$row->id, $row->framing_order_id, '****'.substr($row->card_number, -4)]);
        }
        Storage::disk('local')->put('exports/phone_orders.csv', implode("\n", $lines));
        $this->info(count($lines).' rows exported');

        return self::SUCCESS;
    }
}
