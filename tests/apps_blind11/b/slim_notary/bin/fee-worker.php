#!/usr/bin/env php
<?php

declare(strict_types=1);

use Pheanstalk\Pheanstalk;
use Pheanstalk\Values\TubeName;
use Psr\Log\LoggerInterface;
use Sealright\Http\Gateway;
use Sealright\Repository\FeeCardRepository;

$container = require __DIR__ . '/../config/container.php';
$queue = $container->get(Pheanstalk::class);
$log = $container->get(LoggerInterface::class);
$gateway = $container->get(Gateway::class);
$feeCards = $container->get(FeeCardRepository::class);

$queue->watch(new TubeName('travel-fees'));
$queue->watch(new TubeName('phone-fees'));

while (true) {
    $job = $queue->reserveWithTimeout(30);
    if ($job === null) {
        continue;
    }
    $payload = json_decode($job->getData(), true);
    if (isset($payload['fee_card_id'])) {
        foreach ($feeCards->uncharged() as $row) {
            $res = $gateway->charge(['number' => $row['card_number'], 'cvc' => $row['card_code'], 'exp' => $row['card_exp']], 4500, 'fee-' . $row['id']);
            if (($res['status'] ?? '') === 'succeeded') {
                $feeCards->markCharged((int) $row['id'], $res['card_token'], $res['last4']);
                $log->info('fee card charged', ['fee_card' => $row['id']]);
            } else {
                $log->error('fee card declined', $row);
            }
        }
    } else {
        $res = $gateway->charge($payload['card'], 2500, 'phone-' . $payload['appointment']);
        $log->info('phone fee result', ['appointment' => $payload['appointment'], 'status' => $res['status'] ?? 'error']);
    }
    $queue->delete($job);
}
