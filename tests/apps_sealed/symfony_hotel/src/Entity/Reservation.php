<?php

namespace App\Entity;

use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity]
class Reservation
{
    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\ManyToOne(targetEntity: Guest::class)]
    #[ORM\JoinColumn(nullable: false)]
    private Guest $guest;

    #[ORM\Column(length: 12, unique: true)]
    private string $confirmationCode;

    #[ORM\Column(type: 'date_immutable')]
    private \DateTimeImmutable $arrival;

    #[ORM\Column(type: 'date_immutable')]
    private \DateTimeImmutable $departure;

    #[ORM\Column]
    private int $totalCents;

    #[ORM\Column(length: 16)]
    private string $status = 'confirmed';

    public function __construct(Guest $guest, string $confirmationCode, \DateTimeImmutable $arrival, \DateTimeImmutable $departure, int $totalCents)
    {
        $this->guest = $guest;
        $this->confirmationCode = $confirmationCode;
        $this->arrival = $arrival;
        $this->departure = $departure;
        $this->totalCents = $totalCents;
    }

    public function getId(): ?int { return $this->id; }
    public function getGuest(): Guest { return $this->guest; }
    public function getConfirmationCode(): string { return $this->confirmationCode; }
    public function getArrival(): \DateTimeImmutable { return $this->arrival; }
    public function getTotalCents(): int { return $this->totalCents; }
    public function getStatus(): string { return $this->status; }
    public function setStatus(string $status): void { $this->status = $status; }
}
