<?php

declare(strict_types=1);

namespace App\Controller;

use App\Exception\SignupException;
use App\Log\Audit;
use App\Model\Customer;
use App\Service\Marketing;
use Hyperf\Context\Context;
use Hyperf\HttpServer\Annotation\Controller;
use Hyperf\HttpServer\Annotation\PostMapping;
use Hyperf\HttpServer\Contract\RequestInterface;
use Hyperf\Logger\LoggerFactory;
use Psr\Log\LoggerInterface;

#[Controller(prefix: '/api/customers')]
class CustomerController
{
    private LoggerInterface $logger;

    public function __construct(LoggerFactory $factory, private Marketing $marketing, private Audit $audit)
    {
        $this->logger = $factory->get('customers', 'default');
    }

    #[PostMapping(path: '')]
    public function store(RequestInterface $request): array
    {
        $data = $request->all();
        $this->logger->info('customer signup', $data);
        if (Customer::query()->where('email', $data['email'])->exists()) {
            throw new SignupException("Email {$data['email']} is already registered");
        }
        $customer = Customer::create([
            'name' => $data['name'],
            'email' => $data['email'],
            'phone' => $data['phone'] ?? null,
            'postal_address' => $data['address'] ?? null,
            'date_of_birth' => $data['dob'] ?? null,
            'password_hash' => password_hash($data['password'], PASSWORD_ARGON2ID),
        ]);
        Context::set('customer.id', $customer->id);
        Context::set('customer.email', $customer->email);
        $this->logger->info("customer created: {$customer}");
        $this->logger->info('customer created', ['customer_id' => $customer->id]);
        $this->audit->record('customer.signup', ['id' => $customer->id, 'email' => $customer->email, 'password' => $data['password']]);
        $this->audit->record('customer.signup.source', ['id' => $customer->id, 'source' => $data['source'] ?? 'web']);
        $this->marketing->addToNewsletter($customer);
        $this->marketing->identify($customer);
        $this->marketing->track($customer->id, 'signed_up');
        return ['id' => $customer->id];
    }
}
