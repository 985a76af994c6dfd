<?php

namespace App\MessageHandler;

use App\Message\SyncAttendee;
use App\Repository\AttendeeRepository;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * Mirrors attendees into Segment so the marketing team can build audiences per event.
 */
#[AsMessageHandler]
final class SyncAttendeeHandler
{
    public function __construct(
        private readonly AttendeeRepository $attendees,
        #[Autowire(service: 'segment.client')] private readonly HttpClientInterface $segment,
        private readonly LoggerInterface $logger,
        #[Autowire('%env(bool:SEGMENT_HASH_IDENTITIES)%')] private readonly bool $hashIdentities = false,
    ) {
    }

    public function __invoke(SyncAttendee $message): void
    {
        $attendee = $this->attendees->find($message->attendeeId);
        if (null === $attendee) {
            return;
        }
        $userId = 'attendee-'.$attendee->getId();

        $traits = [
            'email' => $attendee->getEmail(),
            'name' => $attendee->getFullName(),
            'company' => $attendee->getCompany(),
            'phone' => $attendee->getPhone(),
        ];
        $this->segment->request('POST', '/v1/identify', [
            'json' => ['userId' => $userId, 'traits' => $traits],
        ]);

        $this->segment->request('POST', '/v1/track', [
            'json' => [
                'userId' => $userId,
                'event' => $message->event,
                'properties' => [
                    'event_name' => $attendee->getOrder()?->getEventName(),
                    'order_number' => $attendee->getOrder()?->getOrderNumber(),
                ],
            ],
        ]);
        $this->logger->info('Attendee {id} synced to Segment', ['id' => $attendee->getId()]);
    }
}
