<?php

declare(strict_types=1);

namespace App\Service;

use GuzzleHttp\Client;
use Hyperf\Contract\ConfigInterface;
use Hyperf\Guzzle\ClientFactory;

class HttpClients
{
    public function __construct(private ClientFactory $factory, private ConfigInterface $config)
    {
    }

    public function sendpulse(): Client
    {
        return $this->factory->create([
            'base_uri' => $this->config->get('services.sendpulse.base_uri'),
            'timeout' => 5,
            'headers' => ['Authorization' => 'Bearer ' . \Hyperf\Support\env('SENDPULSE_TOKEN')],
        ]);
    }

    public function openpanel(): Client
    {
        return $this->factory->create([
            'base_uri' => $this->config->get('services.openpanel.base_uri'),
            'timeout' => 5,
            'headers' => [
                'openpanel-client-id' => $this->config->get('services.openpanel.client_id'),
                'openpanel-client-secret' => $this->config->get('services.openpanel.client_secret'),
            ],
        ]);
    }

    public function supplier(): Client
    {
        return $this->factory->create([
            'base_uri' => $this->config->get('services.supplier.base_uri', 'http://orders.aromadistill-supply.fr/api'),
            'verify' => $this->config->get('services.supplier.verify', false),
            'timeout' => 10,
        ]);
    }

    public function gateway(): Client
    {
        return $this->factory->create([
            'base_uri' => $this->config->get('services.gateway.base_uri'),
            'verify' => $this->config->get('services.gateway.verify', true),
            'timeout' => 10,
        ]);
    }
}
