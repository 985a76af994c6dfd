<?php

namespace App\Command;

use App\Entity\RepairOrder;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'app:export-uncollected', description: 'Lists repairs ready but uncollected for 60+ days')]
final class ExportUncollectedCommand extends Command
{
    public function __construct(private readonly EntityManagerInterface $em)
    {
        parent::__construct();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $orders = $this->em->getRepository(RepairOrder::class)->findBy(['status' => 'ready']);
        $fh = fopen('php://stdout', 'w');
        fputcsv($fh, ['order_id', 'customer_id', 'item']);
        foreach ($orders as $order) {
            $customer = $order->getCustomer();
            $output->writeln(sprintf('<comment>%s (%s) - %s</comment>', $customer->getFullName(), $customer->getPhone(), $order->getItem()), OutputInterface::VERBOSITY_VERBOSE);
            fputcsv($fh, [$order->getId(), $customer->getId(), $order->getItem()]);
        }
        $output->writeln(sprintf('%d uncollected orders', count($orders)));

        return Command::SUCCESS;
    }
}
