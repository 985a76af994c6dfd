<?php

namespace App\Entity;

use App\Repository\AttendeeRepository;
use Doctrine\DBAL\Types\Types;
use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity(repositoryClass: AttendeeRepository::class)]
#[ORM\Table(name: 'attendee')]
class Attendee
{
    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\Column(length: 180)]
    private string $email;

    #[ORM\Column(length: 120)]
    private string $fullName;

    #[ORM\Column(length: 120, nullable: true)]
    private ?string $company = null;

    #[ORM\Column(length: 32, nullable: true)]
    private ?string $phone = null;

    #[ORM\Column(type: Types::BOOLEAN)]
    private bool $phoneVerified = false;

    #[ORM\Column(length: 40, nullable: true)]
    private ?string $keyCardSerial = null;

    #[ORM\ManyToOne(inversedBy: 'attendees')]
    private ?TicketOrder $order = null;

    public function getId(): ?int { return $this->id; }
    public function getEmail(): string { return $this->email; }
    public function setEmail(string $email): static { $this->email = $email; return $this; }
    public function getFullName(): string { return $this->fullName; }
    public function setFullName(string $fullName): static { $this->fullName = $fullName; return $this; }
    public function getCompany(): ?string { return $this->company; }
    public function setCompany(?string $company): static { $this->company = $company; return $this; }
    public function getPhone(): ?string { return $this->phone; }
    public function setPhone(?string $phone): static { $this->phone = $phone; return $this; }
    public function isPhoneVerified(): bool { return $this->phoneVerified; }
    public function getKeyCardSerial(): ?string { return $this->keyCardSerial; }
    public function setKeyCardSerial(?string $serial): static { $this->keyCardSerial = $serial; return $this; }
    public function getOrder(): ?TicketOrder { return $this->order; }
    public function setOrder(?TicketOrder $order): static { $this->order = $order; return $this; }
}
