<?php

namespace App\MessageHandler;

use App\Entity\Customer;
use App\Message\SyncContact;
use App\Service\ConstantContactClient;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class SyncContactHandler
{
    public function __construct(
        private readonly EntityManagerInterface $em,
        private readonly ConstantContactClient $constantContact,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(SyncContact $message): void
    {
        $customer = $this->em->find(Customer::class, $message->customerId);
        if ($customer === null) {
            return;
        }
        $status = $this->constantContact->signUp($customer);
        $this->logger->info('constant contact sign-up', ['customer_id' => $message->customerId, 'status' => $status]);
    }
}
