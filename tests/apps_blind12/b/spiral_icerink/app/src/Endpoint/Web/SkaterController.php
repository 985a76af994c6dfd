<?php

declare(strict_types=1);

namespace App\Endpoint\Web;

use App\Domain\Skater\Skater;
use App\Domain\Skater\SkaterRepository;
use App\Integration\ArenaPartners;
use App\Integration\FlagsmithClient;
use Cycle\ORM\EntityManagerInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Log\LoggerInterface;
use Spiral\Queue\QueueInterface;
use Spiral\Router\Annotation\Route;

final class SkaterController
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly SkaterRepository $skaters,
        private readonly QueueInterface $queue,
        private readonly FlagsmithClient $flags,
        private readonly ArenaPartners $partners,
        private readonly LoggerInterface $logger,
    ) {
    }

    #[Route(route: '/skaters', name: 'skater.create', methods: 'POST')]
    public function create(ServerRequestInterface $request): array
    {
        $data = $request->getParsedBody();
        $this->logger->debug('skater signup', $data);
        if ($this->skaters->findByEmail($data['email']) !== null) {
            throw new \DomainException(sprintf('Skater %s (%s) already registered', $data['full_name'], $data['email']));
        }
        $skater = new Skater();
        $skater->fullName = $data['full_name'];
        $skater->email = strtolower(trim($data['email']));
        $skater->phone = $data['phone'] ?? null;
        $skater->dateOfBirth = isset($data['date_of_birth']) ? new \DateTimeImmutable($data['date_of_birth']) : null;
        $this->em->persist($skater)->run();

        $this->logger->info('skater {id} registered', ['id' => $skater->id]);
        $this->queue->push('sync-skater-mautic', ['skater_id' => $skater->id]);
        $flags = $this->flags->identify($skater);
        return ['id' => $skater->id, 'flags' => $flags];
    }

    #[Route(route: '/skaters/<id:\d+>/sharpening', name: 'skater.sharpening', methods: 'POST')]
    public function sharpening(int $id, ServerRequestInterface $request): array
    {
        $skater = $this->skaters->findByPK($id);
        $this->partners->orderSharpening($skater, $request->getParsedBody()['blade_size']);
        $this->logger->info("sharpening ordered for {$skater}");
        return ['ok' => true];
    }

    #[Route(route: '/skaters/<id:\d+>/flags', name: 'skater.flags', methods: 'GET')]
    public function flags(int $id): array
    {
        return $this->flags->identifyAnonymous($this->skaters->findByPK($id));
    }
}
