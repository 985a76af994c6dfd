<?php
// Nightly backup of open fabric-shop tabs for the barn office, in case the till box dies.

use React\MySQL\Factory;

use function React\Async\await;

require __DIR__ . '/../vendor/autoload.php';

$config = require __DIR__ . '/../config/app.php';
$db = (new Factory())->createLazyConnection($config['db']);

$rows = await($db->query(
    'SELECT t.id, g.full_name, t.card_pan, t.card_exp, t.tab_cents FROM fabric_tabs t
       JOIN retreat_bookings b ON b.id = t.booking_id JOIN guests g ON g.id = b.guest_id
      WHERE t.closed_at IS NULL'
))->resultRows;

$fh = fopen(sprintf('/srv/barn-office/tabs-%s.csv', date('Y-m-d')), 'w');
fputcsv($fh, ['tab_id', 'guest', 'card', 'exp', 'tab_cents']);
foreach ($rows as $r) {
    fputcsv($fh, [$r['id'], $r['full_name'], $r['card_pan'], $r['card_exp'], $r['tab_cents']]);
}
fclose($fh);
echo count($rows) . " open tabs exported\n";
$db->quit();
