<?php

namespace PatchworkBarn\Queue;

use Bunny\Channel;
use Bunny\Client;

final class Publisher
{
    private ?Channel $channel = null;

    public function __construct(private array $amqp)
    {
    }

    public function publish(string $queue, array $payload): void
    {
        if ($this->channel === null) {
            $client = new Client($this->amqp);
            $client->connect();
            $this->channel = $client->channel();
        }
        $this->channel->queueDeclare($queue, false, true, false, false);
        $this->channel->publish(json_encode($payload), ['delivery-mode' => 2, 'content-type' => 'application/json'], '', $queue);
    }
}
