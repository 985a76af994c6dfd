<?php

namespace App\Http\Integrations\Fellside;

use Saloon\Http\Connector;
use Saloon\Traits\Plugins\AcceptsJson;

class FellsideConnector extends Connector
{
    use AcceptsJson;

    public function resolveBaseUrl(): string
    {
        return config('services.fellside.url');
    }

    protected function defaultConfig(): array
    {
        return [
            'timeout' => 15,
            'verify' => (bool) config('services.fellside.verify', false),
        ];
    }
}
