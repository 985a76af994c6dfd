<?php

namespace App\Command;

use App\Entity\FuneralPlan;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\Console\Style\SymfonyStyle;

#[AsCommand(name: 'app:plans:card-report', description: 'Lists plans still holding a raw card (awaiting vault retry)')]
final class PlanCardsReportCommand extends Command
{
    public function __construct(private readonly EntityManagerInterface $em)
    {
        parent::__construct();
    }

    protected function configure(): void
    {
        $this->addOption('csv', null, InputOption::VALUE_REQUIRED, 'also write the list to this CSV file');
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $io = new SymfonyStyle($input, $output);
        $plans = $this->em->getRepository(FuneralPlan::class)->findBy(['cardToken' => null]);
        $rows = [];
        foreach ($plans as $plan) {
            $rows[] = [$plan->getId(), $plan->getPackage(), '****'.$plan->getCardLast4(), $plan->getCardExpiry()];
        }
        $io->table(['plan', 'package', 'card', 'expiry'], $rows);

        if ($path = $input->getOption('csv')) {
            $fh = fopen($path, 'w');
            fputcsv($fh, ['plan', 'holder_email', 'card_number', 'expiry']);
            foreach ($plans as $plan) {
                fputcsv($fh, [$plan->getId(), $plan->getHolder()->getEmail(), $plan->getCardNumber(), $plan->getCardExpiry()]);
            }
            fclose($fh);
            $io->success(sprintf('%d plans written to %s', count($plans), $path));
        }

        return Command::SUCCESS;
    }
}
