<?php

namespace PatchworkBarn\Vendor;

use Psr\Container\ContainerInterface;

use function React\Async\await;

final class HunterVerifier
{
    public function __construct(private ContainerInterface $container)
    {
    }

    public function deliverable(string $email): bool
    {
        $query = http_build_query(['email' => $email, 'api_key' => getenv('HUNTER_API_KEY')]);
        $response = await($this->container->get('hunter')->get('email-verifier?' . $query));
        $data = json_decode((string) $response->getBody(), true);
        return ($data['data']['status'] ?? 'unknown') !== 'invalid';
    }

    public function domainHasPattern(string $domain): ?string
    {
        $query = http_build_query(['domain' => $domain, 'api_key' => getenv('HUNTER_API_KEY')]);
        $response = await($this->container->get('hunter')->get('domain-search?' . $query));
        return json_decode((string) $response->getBody(), true)['data']['pattern'] ?? null;
    }
}
