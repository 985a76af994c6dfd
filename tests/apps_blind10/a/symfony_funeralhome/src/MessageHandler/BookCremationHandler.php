<?php

namespace App\MessageHandler;

use App\Entity\Arrangement;
use App\Message\BookCremation;
use App\Service\CrematoriumClient;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class BookCremationHandler
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly CrematoriumClient $crematorium,
    ) {
    }

    public function __invoke(BookCremation $message): void
    {
        $arrangement = $this->em->find(Arrangement::class, $message->arrangementId);
        $this->crematorium->requestSlot($arrangement, $message->preferredDate);
        $arrangement->setStatus('cremation_requested');
        $this->em->flush();
    }
}
