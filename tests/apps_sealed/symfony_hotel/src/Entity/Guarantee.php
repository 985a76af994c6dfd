<?php

namespace App\Entity;

use Ambta\DoctrineEncryptBundle\Configuration\Encrypted;
use Doctrine\ORM\Mapping as ORM;

/**
 * Card guarantee for a reservation; charged by the night audit on no-show.
 */
#[ORM\Entity]
class Guarantee
{
    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\ManyToOne(targetEntity: Reservation::class)]
    #[ORM\JoinColumn(nullable: false)]
    private Reservation $reservation;

    #[ORM\Column(length: 19)]
    private string $cardNumber;

    #[ORM\Column(length: 4, nullable: true)]
    private ?string $securityCode = null;

    #[ORM\Column(length: 4)]
    private string $cardLastFour;

    #[ORM\Column(length: 64, nullable: true)]
    private ?string $vaultToken = null;

    #[Encrypted]
    #[ORM\Column(type: 'text', nullable: true)]
    private ?string $backupCardNumber = null;

    #[ORM\Column(length: 5)]
    private string $expiry;

    public function __construct(Reservation $reservation, string $cardNumber, ?string $securityCode, string $expiry)
    {
        $this->reservation = $reservation;
        $this->cardNumber = $cardNumber;
        $this->securityCode = $securityCode;
        $this->cardLastFour = substr($cardNumber, -4);
        $this->expiry = $expiry;
    }

    public function getId(): ?int { return $this->id; }
    public function getReservation(): Reservation { return $this->reservation; }
    public function getCardNumber(): string { return $this->cardNumber; }
    public function getSecurityCode(): ?string { return $this->securityCode; }
    public function getCardLastFour(): string { return $this->cardLastFour; }
    public function getExpiry(): string { return $this->expiry; }
    public function setVaultToken(?string $token): void { $this->vaultToken = $token; }
    public function setBackupCardNumber(?string $number): void { $this->backupCardNumber = $number; }
}
