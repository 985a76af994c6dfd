<?php

namespace App\Service;

use App\Entity\FamilyContact;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\Serializer\Normalizer\NormalizerInterface;
use Symfony\Contracts\HttpClient\HttpClientInterface;

final class ZendeskClient
{
    public function __construct(
        #[Autowire(service: 'zendesk.client')]
        private readonly HttpClientInterface $client,
        private readonly NormalizerInterface $normalizer,
        #[Autowire(service: 'monolog.logger.integrations')]
        private readonly LoggerInterface $logger,
    ) {
    }

    public function upsertRequester(FamilyContact $contact): int
    {
        $requester = $this->normalizer->normalize($contact, 'json', ['zendesk' => true]);
        $response = $this->client->request('POST', 'users/create_or_update.json', ['json' => ['user' => $requester]]);

        return $response->toArray()['user']['id'];
    }

    public function openTicket(int $zendeskUserId, string $subject, string $body): int
    {
        $response = $this->client->request('POST', 'tickets.json', [
            'json' => ['ticket' => [
                'requester_id' => $zendeskUserId,
                'subject' => $subject,
                'comment' => ['body' => $body],
                'tags' => ['family-support'],
            ]],
        ]);
        $ticketId = $response->toArray()['ticket']['id'];
        $this->logger->info('zendesk ticket {id} opened for requester {requester}', ['id' => $ticketId, 'requester' => $zendeskUserId]);

        return $ticketId;
    }
}
