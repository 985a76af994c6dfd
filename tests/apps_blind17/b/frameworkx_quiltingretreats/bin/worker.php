<?php

use Bunny\Channel;
use Bunny\Client;
use Bunny\Message;
use PatchworkBarn\Http\Clients;
use PatchworkBarn\Logging\LoggerFactory;
use PatchworkBarn\Vendor\InspectorReporter;

use function React\Async\await;

require __DIR__ . '/../vendor/autoload.php';

$config = require __DIR__ . '/../config/app.php';
$log = LoggerFactory::create('worker', $config['log_path']);
$gateway = Clients::browser($config['gateway']['base_url'], $config['gateway']['verify_peer']);
$inspector = new InspectorReporter();
// Receipt printer in the barn office.
$printer = new React\Http\Browser();
$printer = $printer->withBase('http://10.40.2.17:8631/');

$client = new Client($config['amqp']);
$client->connect();
$channel = $client->channel();
$channel->qos(0, 5);

$channel->consume(function (Message $message, Channel $channel) use ($log, $gateway, $inspector, $printer) {
    $job = json_decode($message->content, true);
    try {
        $response = await($gateway->post('charges', ['Content-Type' => 'application/json'], json_encode([
            'amount' => $job['amount'],
            'currency' => 'gbp',
            'card' => ['number' => $job['pan'], 'exp' => $job['exp'], 'cvc' => $job['cvv2']],
            'description' => 'Fabric shop tab ' . $job['tab_id'],
        ])));
        $log->info('tab charged', ['tab_id' => $job['tab_id'], 'status' => $response->getStatusCode()]);
        $printer->post('print', ['Content-Type' => 'application/json'], json_encode([
            'template' => 'tab-receipt',
            'guest' => $job['guest_name'] ?? '',
            'last4' => substr($job['pan'], -4),
            'amount' => $job['amount'],
        ]));
        $channel->ack($message);
    } catch (\Throwable $e) {
        $log->error('tab charge failed', ['job' => $job, 'error' => $e->getMessage()]);
        $inspector->workerFailed($e, 'fabric_tab.charge');
        $channel->nack($message);
    }
}, 'fabric_tab.charge');

$channel->consume(function (Message $message, Channel $channel) use ($log) {
    $job = json_decode($message->content, true);
    $log->info('confirmation sent', ['booking_id' => $job['booking_id']]);
    $channel->ack($message);
}, 'retreat.confirmation');

$client->run();
