<?php

namespace App\Http\Integrations\Dotdigital\Requests;

use Saloon\Contracts\Body\HasBody;
use Saloon\Enums\Method;
use Saloon\Http\Request;
use Saloon\Traits\Body\HasJsonBody;

class UpdateContactByIdRequest extends Request implements HasBody
{
    use HasJsonBody;

    protected Method $method = Method::PATCH;

    public function __construct(private readonly int $contactId, private readonly array $dataFields)
    {
    }

    public function resolveEndpoint(): string
    {
        return '/contacts/v3/contact-id/'.$this->contactId;
    }

    protected function defaultBody(): array
    {
        return ['dataFields' => $this->dataFields];
    }
}
