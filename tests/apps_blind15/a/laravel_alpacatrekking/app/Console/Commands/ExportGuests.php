<?php

namespace App\Console\Commands;

use App\Models\DepositCard;
use Illuminate\Console\Command;
use Illuminate\Support\Facades\Storage;

class ExportGuests extends Command
{
    protected $signature = 'treks:export-deposits {--masked}';

    protected $description = 'Export deposit cards with guest contact details for the season reconciliation';

    public function handle(): int
    {
        $rows = ["booking,guest,email,card,expiry"];
        DepositCard::with('trekBooking.guest')->chunk(200, function ($cards) use (&$rows) {
            foreach ($cards as $card) {
                $guest = $card->trekBooking->guest;
                $number = $this->option('masked') ? $card->masked() : $card->card_number;
                $rows[] = implode(',', [$card->trek_booking_id, $guest->full_name, $guest->email, $number, $card->expiry]);
            }
        });
        Storage::disk('local')->put('exports/deposits-'.now()->format('Ymd').'.csv', implode("\n", $rows));
        $this->info((count($rows) - 1).' cards exported');

        return self::SUCCESS;
    }
}
