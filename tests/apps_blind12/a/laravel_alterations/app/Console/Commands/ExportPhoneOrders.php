<?php

namespace App\Console\Commands;

use App\Models\PhoneOrder;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\Storage;

class ExportPhoneOrders extends Command
{
    protected $signature = 'orders:export-phone {--disk=local}';

    protected $description = 'Export phone orders for the bookkeeper';

    public function handle(): int
    {
        $rows = ["id,client,garment,total,card"];
        foreach (PhoneOrder::cursor() as $order) {
            $rows[] = implode(',', [$order->id, $order->client_id, $order->garment, $order->total, '**** '.substr($order->pan, -4)]);
        }
        Storage::disk($this->option('disk'))->put('exports/phone-orders.csv', implode("\n", $rows));

        $this->info('exported '.(count($rows) - 1).' orders');
        $this->line('first order card: '.PhoneOrder::first()?->pan);

        return self::SUCCESS;
    }
}
