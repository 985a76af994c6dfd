<?php

namespace App\Entity;

use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity]
#[ORM\Table(name: 'repair_orders')]
class RepairOrder
{
    #[ORM\Id, ORM\GeneratedValue, ORM\Column]
    private ?int $id = null;

    #[ORM\ManyToOne]
    #[ORM\JoinColumn(nullable: false)]
    private Customer $customer;

    #[ORM\Column(length: 60)]
    private string $item;

    #[ORM\Column(length: 30)]
    private string $service;

    #[ORM\Column]
    private int $pricePence;

    #[ORM\Column(length: 20)]
    private string $status = 'received';

    #[ORM\Column(length: 64, nullable: true)]
    private ?string $paymentRef = null;

    #[ORM\Column(length: 4, nullable: true)]
    private ?string $cardLast4 = null;

    public function __construct(Customer $customer, string $item, string $service, int $pricePence)
    {
        $this->customer = $customer;
        $this->item = $item;
        $this->service = $service;
        $this->pricePence = $pricePence;
    }

    public function getId(): ?int { return $this->id; }
    public function getCustomer(): Customer { return $this->customer; }
    public function getItem(): string { return $this->item; }
    public function getPricePence(): int { return $this->pricePence; }
    public function getStatus(): string { return $this->status; }
    public function markPaid(string $ref, string $last4): void
    {
        $this->status = 'paid';
        $this->paymentRef = $ref;
        $this->cardLast4 = $last4;
    }
    public function setStatus(string $s): void { $this->status = $s; }
}
