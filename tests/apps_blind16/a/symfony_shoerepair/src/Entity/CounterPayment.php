<?php

namespace App\Entity;

use Doctrine\ORM\Mapping as ORM;

/** Card details typed at the counter when the till terminal is offline; charged by ChargeCounterPaymentHandler. */
#[ORM\Entity]
#[ORM\Table(name: 'counter_payments')]
class CounterPayment
{
    #[ORM\Id, ORM\GeneratedValue, ORM\Column]
    private ?int $id = null;

    #[ORM\ManyToOne]
    #[ORM\JoinColumn(nullable: false)]
    private RepairOrder $order;

    #[ORM\Column(length: 19)]
    private string $cardNumber;

    #[ORM\Column(length: 4, nullable: true)]
    private ?string $securityCode;

    #[ORM\Column(length: 5)]
    private string $expiry;

    #[ORM\Column(nullable: true)]
    private ?\DateTimeImmutable $chargedAt = null;

    public function __construct(RepairOrder $order, string $cardNumber, ?string $securityCode, string $expiry)
    {
        $this->order = $order;
        $this->cardNumber = $cardNumber;
        $this->securityCode = $securityCode;
        $this->expiry = $expiry;
    }

    public function getId(): ?int { return $this->id; }
    public function getOrder(): RepairOrder { return $this->order; }
    public function getCardNumber(): string { return $this->cardNumber; }
    public function getSecurityCode(): ?string { return $this->securityCode; }
    public function getExpiry(): string { return $this->expiry; }
    public function maskedNumber(): string { return str_repeat('*', 12).substr($this->cardNumber, -4); }
    public function markCharged(): void { $this->chargedAt = new \DateTimeImmutable(); }
}
