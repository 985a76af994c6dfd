<?php

namespace App\State;

use ApiPlatform\Metadata\Operation;
use ApiPlatform\Metadata\Post;
use ApiPlatform\State\ProcessorInterface;
use App\Entity\Customer;
use App\Message\SyncContact;
use App\Service\AuditLogger;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\HttpFoundation\RequestStack;
use Symfony\Component\Messenger\MessageBusInterface;

/** @implements ProcessorInterface<Customer, Customer> */
final class CustomerProcessor implements ProcessorInterface
{
    public function __construct(
        #[Autowire(service: 'api_platform.doctrine.orm.state.persist_processor')]
        private readonly ProcessorInterface $persist,
        private readonly MessageBusInterface $bus,
        private readonly AuditLogger $audit,
        private readonly LoggerInterface $logger,
        private readonly RequestStack $requests,
    ) {
    }

    public function process(mixed $data, Operation $operation, array $uriVariables = [], array $context = []): Customer
    {
        $request = $this->requests->getCurrentRequest();
        $this->logger->debug('customer write', ['body' => $request?->toArray()]);

        /** @var Customer $customer */
        $customer = $this->persist->process($data, $operation, $uriVariables, $context);

        $actor = $request?->headers->get('X-Counter-User');
        if ($operation instanceof Post) {
            $this->logger->info('customer registered', ['customer_id' => $customer->getId()]);
            $this->logger->notice(sprintf('welcome %s', $customer));
            $this->audit->record('customer.create', $actor, $customer->getId());
        } else {
            $this->audit->recordPayload('customer.update', $actor, $request?->toArray() ?? []);
        }
        if ($customer->isMarketingOptIn()) {
            $this->bus->dispatch(new SyncContact($customer->getId()));
        }

        return $customer;
    }
}
