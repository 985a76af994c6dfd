<?php

namespace PatchworkBarn\Vendor;

use Psr\Container\ContainerInterface;

use function React\Async\await;

final class ResendAudience
{
    public function __construct(private ContainerInterface $container)
    {
    }

    public function subscribe(string $email, string $fullName): void
    {
        [$first, $last] = array_pad(explode(' ', $fullName, 2), 2, '');
        $audienceId = $this->container->get('config')['resend']['audience_id'];
        await($this->container->get('resend')->post(
            "audiences/{$audienceId}/contacts",
            ['Authorization' => 'Bearer ' . getenv('RESEND_API_KEY'), 'Content-Type' => 'application/json'],
            json_encode(['email' => $email, 'first_name' => $first, 'last_name' => $last, 'unsubscribed' => false])
        ));
    }

    public function remove(string $contactId): void
    {
        $audienceId = $this->container->get('config')['resend']['audience_id'];
        await($this->container->get('resend')->delete(
            "audiences/{$audienceId}/contacts/{$contactId}",
            ['Authorization' => 'Bearer ' . getenv('RESEND_API_KEY')]
        ));
    }
}
