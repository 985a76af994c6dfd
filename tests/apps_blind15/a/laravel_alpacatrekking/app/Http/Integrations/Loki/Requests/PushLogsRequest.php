<?php

namespace App\Http\Integrations\Loki\Requests;

use Saloon\Contracts\Body\HasBody;
use Saloon\Enums\Method;
use Saloon\Http\Request;
use Saloon\Traits\Body\HasJsonBody;

class PushLogsRequest extends Request implements HasBody
{
    use HasJsonBody;

    protected Method $method = Method::POST;

    /** @param array<int, string> $lines */
    public function __construct(private readonly array $labels, private readonly array $lines)
    {
    }

    public function resolveEndpoint(): string
    {
        return '/loki/api/v1/push';
    }

    protected function defaultBody(): array
    {
        $now = (string) (int) (microtime(true) * 1e9);

        return ['streams' => [[
            'stream' => $this->labels,
            'values' => array_map(fn (string $line) => [$now, $line], $this->lines),
        ]]];
    }
}
