<?php

declare(strict_types=1);

namespace Sealright\Http;

use Sealright\Domain\Signer;
use Symfony\Contracts\HttpClient\HttpClientInterface;

final class Vendors
{
    public function __construct(
        private HttpClientInterface $convertkit,
        private HttpClientInterface $loggly,
        private string $formId,
    ) {
    }

    public function subscribe(Signer $s): void
    {
        $this->convertkit->request('POST', "forms/{$this->formId}/subscribe", ['json' => [
            'api_key' => getenv('CK_API_KEY'),
            'email' => $s->email,
            'first_name' => explode(' ', $s->fullName)[0],
            'fields' => ['phone' => $s->phone],
        ]]);
    }

    public function tagRepeatClient(int $subscriberId): void
    {
        $this->convertkit->request('POST', 'tags/4021/subscribe', ['json' => ['api_secret' => getenv('CK_API_SECRET'), 'subscriber_id' => $subscriberId]]);
    }

    public function shipEvent(string $tag, array $event): void
    {
        $this->loggly->request('POST', 'inputs/' . getenv('LOGGLY_TOKEN') . "/tag/{$tag}/", ['json' => $event]);
    }
}
