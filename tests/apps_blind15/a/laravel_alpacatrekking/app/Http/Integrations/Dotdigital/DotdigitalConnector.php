<?php

namespace App\Http\Integrations\Dotdigital;

use Saloon\Http\Auth\BasicAuthenticator;
use Saloon\Http\Connector;
use Saloon\Traits\Plugins\AcceptsJson;

class DotdigitalConnector extends Connector
{
    use AcceptsJson;

    public function resolveBaseUrl(): string
    {
        return config('services.dotdigital.base_url');
    }

    protected function defaultAuth(): BasicAuthenticator
    {
        return new BasicAuthenticator(config('services.dotdigital.user'), config('services.dotdigital.password'));
    }

    protected function defaultConfig(): array
    {
        return ['timeout' => 10];
    }
}
