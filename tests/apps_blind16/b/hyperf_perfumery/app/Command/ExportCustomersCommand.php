<?php

declare(strict_types=1);

namespace App\Command;

use App\Model\Customer;
use App\Model\WorkshopBooking;
use Hyperf\Command\Annotation\Command;
use Hyperf\Command\Command as HyperfCommand;

#[Command]
class ExportCustomersCommand extends HyperfCommand
{
    protected ?string $name = 'export:door-cards';

    public function handle(): void
    {
        $fh = fopen(BASE_PATH . '/storage/door-cards.csv', 'w');
        fputcsv($fh, ['booking', 'workshop', 'card_number', 'card_cvc']);
        foreach (WorkshopBooking::query()->whereNotNull('card_number')->cursor() as $b) {
            fputcsv($fh, [$b->id, $b->workshop, $b->card_number, $b->card_cvc]);
        }
        fclose($fh);
        foreach (Customer::query()->cursor() as $c) {
            $this->line("{$c->id}");
        }
        $this->info('export written');
    }
}
