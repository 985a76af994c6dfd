<?php

namespace App\Command;

use App\Message\PrintBadge;
use App\Repository\AttendeeRepository;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputArgument;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\Console\Style\SymfonyStyle;
use Symfony\Component\Messenger\MessageBusInterface;

#[AsCommand(name: 'app:badges:print', description: 'Queue badge printing for every paid attendee of an event')]
final class ExportBadgesCommand extends Command
{
    public function __construct(
        private readonly AttendeeRepository $attendees,
        private readonly MessageBusInterface $bus,
    ) {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this
            ->addArgument('event', InputArgument::REQUIRED, 'Event name as stored on the order')
            ->addOption('printer', null, InputOption::VALUE_REQUIRED, 'Badge printer id', 'hall-a')
            ->addOption('dry-run', null, InputOption::VALUE_NONE);
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $io = new SymfonyStyle($input, $output);
        $event = (string) $input->getArgument('event');
        $list = $this->attendees->findForEvent($event);
        if ([] === $list) {
            $io->warning(sprintf('No paid attendees for "%s"', $event));

            return Command::SUCCESS;
        }

        $io->progressStart(count($list));
        foreach ($list as $attendee) {
            if (!$input->getOption('dry-run')) {
                $this->bus->dispatch(new PrintBadge($attendee->getId(), (string) $input->getOption('printer')));
            }
            $io->progressAdvance();
        }
        $io->progressFinish();
        $io->success(sprintf('%d badges queued for %s', count($list), $event));

        return Command::SUCCESS;
    }
}
