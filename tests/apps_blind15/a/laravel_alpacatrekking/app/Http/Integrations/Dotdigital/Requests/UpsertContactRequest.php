<?php

namespace App\Http\Integrations\Dotdigital\Requests;

use Saloon\Contracts\Body\HasBody;
use Saloon\Enums\Method;
use Saloon\Http\Request;
use Saloon\Traits\Body\HasJsonBody;

class UpsertContactRequest extends Request implements HasBody
{
    use HasJsonBody;

    protected Method $method = Method::PATCH;

    public function __construct(private readonly string $email, private readonly array $payload)
    {
    }

    public function resolveEndpoint(): string
    {
        return '/contacts/v3/email/'.rawurlencode($this->email);
    }

    protected function defaultBody(): array
    {
        return $this->payload;
    }
}
