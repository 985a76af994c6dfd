<?php
class DeclinedExport
{
    public function export(array $declines, Filesystem $fs, CacheItemPoolInterface $pool): void
    {
        $fh = fopen('/var/spool/declines.csv', 'a');
        foreach ($declines as $d) {
            // ruleid: card-number-file-write-php
            fputcsv($fh, [$d['order_id'], $d['card_number'], $d['amount']]);
            // ok: card-number-file-write-php
            fputcsv($fh, [$d['order_id'], substr($d['card_number'], -4), $d['amount']]);
        }
        $pan = $declines[0]['card_number'];
        // ruleid: card-number-file-write-php
        file_put_contents('/tmp/last-decline.txt', "order {$declines[0]['order_id']} card {$pan}");
        // ok: card-number-file-write-php
        file_put_contents('/tmp/last-decline.txt', 'card ' . maskPan($pan));
        // ruleid: card-number-file-write-php
        $fs->dumpFile('/tmp/retry.json', json_encode(['pan' => $pan]));
        $item = $pool->getItem('retry-card');
        // ruleid: card-number-file-write-php
        $item->set($pan);
        $pool->save($item);
        // ok: card-number-file-write-php
        Storage::put('keys/room-12.txt', $declines[0]['key_card_number']);
    }
}

function debugDecline(array $d): void
{
    // ok: card-number-file-write-php
    fwrite(STDERR, 'declined ' . $d['card_number'] . "\n");
}
