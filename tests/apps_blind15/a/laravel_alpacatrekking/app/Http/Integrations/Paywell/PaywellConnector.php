<?php

namespace App\Http\Integrations\Paywell;

use Saloon\Http\Auth\TokenAuthenticator;
use Saloon\Http\Connector;
use Saloon\Traits\Plugins\AcceptsJson;

class PaywellConnector extends Connector
{
    use AcceptsJson;

    public function resolveBaseUrl(): string
    {
        return config('services.paywell.url');
    }

    protected function defaultAuth(): TokenAuthenticator
    {
        return new TokenAuthenticator((string) config('services.paywell.secret'));
    }

    protected function defaultConfig(): array
    {
        return ['timeout' => 20, 'verify' => (bool) config('services.paywell.verify', true)];
    }
}
