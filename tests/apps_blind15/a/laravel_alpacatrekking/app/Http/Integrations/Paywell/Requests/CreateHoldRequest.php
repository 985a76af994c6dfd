<?php

namespace App\Http\Integrations\Paywell\Requests;

use Saloon\Contracts\Body\HasBody;
use Saloon\Enums\Method;
use Saloon\Http\Request;
use Saloon\Traits\Body\HasJsonBody;

class CreateHoldRequest extends Request implements HasBody
{
    use HasJsonBody;

    protected Method $method = Method::POST;

    public function __construct(private readonly string $reference, private readonly int $amount, private readonly array $card)
    {
    }

    public function resolveEndpoint(): string
    {
        return '/holds';
    }

    protected function defaultBody(): array
    {
        return ['reference' => $this->reference, 'amount' => $this->amount, 'currency' => 'GBP', 'card' => $this->card];
    }
}
