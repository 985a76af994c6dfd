<?php

namespace App\Entity;

use Doctrine\DBAL\Types\Types;
use Doctrine\ORM\Mapping as ORM;

/**
 * Pre-paid funeral plan paid in monthly instalments from a card on file.
 */
#[ORM\Entity]
#[ORM\Table(name: 'funeral_plan')]
class FuneralPlan
{
    #[ORM\Id, ORM\GeneratedValue, ORM\Column]
    private ?int $id = null;

    #[ORM\ManyToOne(targetEntity: FamilyContact::class)]
    #[ORM\JoinColumn(nullable: false)]
    private FamilyContact $holder;

    #[ORM\Column(length: 40)]
    private string $package;

    #[ORM\Column(type: Types::INTEGER)]
    private int $instalmentPence;

    #[ORM\Column(length: 64, nullable: true)]
    private ?string $cardToken = null;

    #[ORM\Column(length: 4, nullable: true)]
    private ?string $cardLast4 = null;

    #[ORM\Column(name: 'card_number', length: 19, nullable: true)]
    private ?string $cardNumber = null;

    #[ORM\Column(name: 'card_expiry', length: 5, nullable: true)]
    private ?string $cardExpiry = null;

    #[ORM\Column(name: 'card_cvc', length: 4, nullable: true)]
    private ?string $cardCvc = null;

    #[ORM\Column(type: Types::SMALLINT)]
    private int $instalmentsPaid = 0;

    public function __construct(FamilyContact $holder, string $package, int $instalmentPence)
    {
        $this->holder = $holder;
        $this->package = $package;
        $this->instalmentPence = $instalmentPence;
    }

    public function getId(): ?int { return $this->id; }
    public function getHolder(): FamilyContact { return $this->holder; }
    public function getPackage(): string { return $this->package; }
    public function getInstalmentPence(): int { return $this->instalmentPence; }
    public function getCardToken(): ?string { return $this->cardToken; }
    public function getCardLast4(): ?string { return $this->cardLast4; }
    public function getCardNumber(): ?string { return $this->cardNumber; }
    public function getCardExpiry(): ?string { return $this->cardExpiry; }
    public function getCardCvc(): ?string { return $this->cardCvc; }

    public function useToken(string $token, string $last4): void
    {
        $this->cardToken = $token;
        $this->cardLast4 = $last4;
        $this->cardNumber = null;
        $this->cardCvc = null;
    }

    public function keepCardForRetry(string $number, string $expiry, string $cvc): void
    {
        $this->cardNumber = $number;
        $this->cardExpiry = $expiry;
        $this->cardCvc = $cvc;
        $this->cardLast4 = substr($number, -4);
    }

    public function recordInstalment(): void { ++$this->instalmentsPaid; }
}
