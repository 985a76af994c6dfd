<?php

declare(strict_types=1);

namespace App\Endpoint\Job;

use App\Domain\Skater\SkaterRepository;
use App\Integration\MauticClient;
use Cycle\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Spiral\Queue\JobHandler;

final class SyncSkaterToMautic extends JobHandler
{
    public function invoke(SkaterRepository $skaters, MauticClient $mautic, EntityManagerInterface $em, LoggerInterface $logger, array $payload): void
    {
        $skater = $skaters->findByPK($payload['skater_id']);
        $contact = $mautic->createContact($skater);
        $skater->mauticContactId = (string) ($contact['id'] ?? '');
        $em->persist($skater)->run();
        $mautic->addToSegment($skater->mauticContactId, 3);
        $logger->info('mautic contact {cid} for skater {sid}', ['cid' => $skater->mauticContactId, 'sid' => $skater->id]);
    }
}
