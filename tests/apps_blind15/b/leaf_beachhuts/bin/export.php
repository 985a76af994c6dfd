<?php
// Season-end export of kiosk takings for the treasurer.
require __DIR__ . '/../vendor/autoload.php';

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();
db()->connect(['dbtype' => 'mysql', 'host' => $_ENV['DB_HOST'], 'dbname' => $_ENV['DB_NAME'],
    'username' => $_ENV['DB_USER'], 'password' => $_ENV['DB_PASS']]);

$rows = db()->query('SELECT let_id, card_no, card_exp, attendant, created_at FROM kiosk_payments ORDER BY created_at')->all();
$out = fopen($argv[1] ?? 'kiosk-takings.csv', 'w');
fputcsv($out, ['let_id', 'card', 'attendant', 'taken_at']);
foreach ($rows as $r) {
    fputcsv($out, [$r['let_id'], 'XXXX-' . substr($r['card_no'], -4), $r['attendant'], $r['created_at']]);
}
fclose($out);
echo count($rows) . " kiosk payments exported\n";
