<?php
// php scripts/export_parties.php 2025-07-12 > parties.csv
require __DIR__ . '/../vendor/autoload.php';

$f3 = \Base::instance();
$f3->config(__DIR__ . '/../config/config.ini');
$db = new \DB\SQL($f3->get('db.dsn'), $f3->get('db.user'), getenv('DB_PASSWORD') ?: '');

$rows = $db->exec('SELECT p.id, p.arena, p.starts_at, p.guests, pl.parent_name, pl.phone
    FROM parties p JOIN players pl ON pl.id = p.player_id WHERE DATE(p.starts_at) = ?', [$argv[1]]);

$out = fopen('php://stdout', 'w');
fputcsv($out, ['party', 'arena', 'starts_at', 'guests', 'organiser', 'phone']);
foreach ($rows as $r) {
    fputcsv($out, [$r['id'], $r['arena'], $r['starts_at'], $r['guests'], $r['parent_name'], $r['phone']]);
}
fwrite(STDERR, sprintf("exported %d parties for %s\n", count($rows), $argv[1]));
