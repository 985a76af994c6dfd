<?php
declare(strict_types=1);

namespace App\Command;

use Cake\Command\Command;
use Cake\Console\Arguments;
use Cake\Console\ConsoleIo;
use Cake\Console\ConsoleOptionParser;
use Cake\Log\Log;

/**
 * Imports ISBN-13 lists from distributor CSV files (one ISBN per line, optional price column).
 */
class ImportIsbnCommand extends Command
{
    public static function defaultName(): string
    {
        return 'isbn import';
    }

    public function buildOptionParser(ConsoleOptionParser $parser): ConsoleOptionParser
    {
        return $parser
            ->setDescription('Import distributor ISBN lists')
            ->addArgument('file', ['required' => true])
            ->addOption('batch', ['default' => date('Ymd-His')]);
    }

    public function execute(Arguments $args, ConsoleIo $io): int
    {
        $file = (string)$args->getArgument('file');
        if (!is_readable($file)) {
            $io->error("Cannot read {$file}");

            return static::CODE_ERROR;
        }
        $table = $this->fetchTable('IsbnImports');
        $batch = (string)$args->getOption('batch');
        $ok = $bad = 0;
        foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $n => $line) {
            [$isbn] = str_getcsv($line);
            $isbn = preg_replace('/[^0-9X]/', '', $isbn);
            if (strlen($isbn) !== 13 || !$this->validIsbn13($isbn)) {
                $io->warning(sprintf('line %d: invalid ISBN %s', $n + 1, $isbn));
                $bad++;
                continue;
            }
            $table->saveOrFail($table->newEntity(['isbn13' => $isbn, 'batch' => $batch]));
            $ok++;
        }
        Log::info(sprintf('isbn import batch=%s ok=%d rejected=%d file=%s', $batch, $ok, $bad, basename($file)));
        $io->success("Imported {$ok} ISBNs ({$bad} rejected)");

        return static::CODE_SUCCESS;
    }

    private function validIsbn13(string $isbn): bool
    {
        $sum = 0;
        for ($i = 0; $i < 12; $i++) {
            $sum += (int)$isbn[$i] * ($i % 2 ? 3 : 1);
        }

        return (10 - $sum % 10) % 10 === (int)$isbn[12];
    }
}
