<?php

namespace App\MessageHandler;

use App\Entity\FamilyContact;
use App\Message\OpenSupportTicket;
use App\Service\ZendeskClient;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class OpenSupportTicketHandler
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly ZendeskClient $zendesk,
    ) {
    }

    public function __invoke(OpenSupportTicket $message): void
    {
        $contact = $this->em->find(FamilyContact::class, $message->contactId);
        if ($contact->getZendeskUserId() === null) {
            $contact->setZendeskUserId($this->zendesk->upsertRequester($contact));
            $this->em->flush();
        }
        $this->zendesk->openTicket($contact->getZendeskUserId(), $message->subject, $message->body);
    }
}
