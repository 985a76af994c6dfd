<?php

namespace App\Console\Commands;

use App\Models\Rider;
use Illuminate\Console\Command;

class ExportRiders extends Command
{
    protected $signature = 'riders:export {path}';

    protected $description = 'Export anonymised rider measurements for the fit-data study';

    public function handle(): int
    {
        $out = fopen($this->argument('path'), 'w');
        fputcsv($out, ['rider_ref', 'height_cm', 'inseam_mm', 'package_count']);
        $n = 0;
        Rider::withCount('fittings')->chunk(500, function ($riders) use ($out, &$n) {
            foreach ($riders as $rider) {
                fputcsv($out, [hash('sha256', 'fitstudy:'.$rider->id), $rider->height_cm, $rider->inseam_mm, $rider->fittings_count]);
                $n++;
            }
        });
        fclose($out);
        $this->info("exported {$n} riders");

        return self::SUCCESS;
    }
}
