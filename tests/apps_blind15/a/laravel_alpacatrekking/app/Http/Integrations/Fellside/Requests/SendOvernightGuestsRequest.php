<?php

namespace App\Http\Integrations\Fellside\Requests;

use Saloon\Contracts\Body\HasBody;
use Saloon\Enums\Method;
use Saloon\Http\Request;
use Saloon\Traits\Body\HasJsonBody;

class SendOvernightGuestsRequest extends Request implements HasBody
{
    use HasJsonBody;

    protected Method $method = Method::POST;

    public function __construct(private readonly string $date, private readonly array $guests)
    {
    }

    public function resolveEndpoint(): string
    {
        return '/stays/'.$this->date.'/guests';
    }

    protected function defaultBody(): array
    {
        return ['guests' => $this->guests];
    }
}
