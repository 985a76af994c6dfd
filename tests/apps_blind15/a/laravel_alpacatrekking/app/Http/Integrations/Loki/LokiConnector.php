<?php

namespace App\Http\Integrations\Loki;

use Saloon\Http\Auth\BasicAuthenticator;
use Saloon\Http\Connector;

class LokiConnector extends Connector
{
    public function resolveBaseUrl(): string
    {
        return config('services.loki.url');
    }

    protected function defaultAuth(): BasicAuthenticator
    {
        return new BasicAuthenticator((string) config('services.loki.user'), (string) config('services.loki.token'));
    }
}
