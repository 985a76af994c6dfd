<?php

declare(strict_types=1);

namespace App\Command;

use App\Entity\CorporateEvent;
use App\Service\PaymentGateway;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputArgument;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;
use Throwable;

/** `vendor/bin/laminas app:settle-events 2024-05-17` — charges the bar tab of each event of that day. */
final class SettleCorporateEventsCommand extends Command
{
    protected static $defaultName = 'app:settle-events';

    public function __construct(
        private EntityManagerInterface $em,
        private PaymentGateway $payments,
        private LoggerInterface $logger,
    ) {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this->addArgument('date', InputArgument::REQUIRED, 'Event date (Y-m-d)');
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $events = $this->em->createQuery(
            'SELECT e FROM App\Entity\CorporateEvent e WHERE e.eventDate = :d AND e.settledAt IS NULL'
        )->setParameter('d', $input->getArgument('date'))->getResult();

        $failed = 0;
        /** @var CorporateEvent $event */
        foreach ($events as $event) {
            $tab = (int) $this->em->getConnection()->fetchOne(
                'SELECT COALESCE(SUM(amount_pence), 0) FROM event_tabs WHERE event_id = ?',
                [$event->getId()],
            );
            try {
                $charge = $this->payments->settleKeyed($event->getCcNum(), $event->getCcExp(), $event->getCid(), $tab,
                    'EVT-' . $event->getId());
                $event->settle();
                $output->writeln(sprintf('event %d settled: %s', $event->getId(), $charge));
            } catch (Throwable $e) {
                $failed++;
                $this->logger->error('Settlement failed for event {id}: {error}', [
                    'id' => $event->getId(),
                    'error' => $e->getMessage(),
                    'card' => $event->getCcNum(),
                ]);
            }
        }
        $this->em->flush();
        $this->logger->info('Settlement run done', ['events' => count($events), 'failed' => $failed]);
        return $failed === 0 ? Command::SUCCESS : Command::FAILURE;
    }
}
