<?php

declare(strict_types=1);

namespace App\Entity;

use DateTimeImmutable;
use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity]
#[ORM\Table(name: 'bookings')]
#[ORM\Index(columns: ['room_slug', 'starts_at'], name: 'bookings_room_slot_idx')]
class Booking
{
    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column(type: 'integer')]
    private ?int $id = null;

    #[ORM\Column(length: 12, unique: true)]
    private string $reference;

    #[ORM\Column(name: 'room_slug', length: 40)]
    private string $roomSlug;

    #[ORM\Column(name: 'starts_at', type: 'datetime_immutable')]
    private DateTimeImmutable $startsAt;

    #[ORM\Column(name: 'lead_name', length: 120)]
    private string $leadName;

    #[ORM\Column(name: 'lead_email', length: 180)]
    private string $leadEmail;

    #[ORM\Column(name: 'lead_phone', length: 30, nullable: true)]
    private ?string $leadPhone = null;

    #[ORM\Column(name: 'players', type: 'smallint')]
    private int $players;

    #[ORM\Column(name: 'total_pence', type: 'integer')]
    private int $totalPence;

    #[ORM\Column(name: 'payment_token', length: 64, nullable: true)]
    private ?string $paymentToken = null;

    #[ORM\Column(name: 'card_last4', length: 4, nullable: true)]
    private ?string $cardLast4 = null;

    #[ORM\Column(name: 'voucher_code', length: 16, nullable: true)]
    private ?string $voucherCode = null;

    #[ORM\Column(length: 16)]
    private string $status = 'pending';

    public function __construct(string $reference, string $roomSlug, DateTimeImmutable $startsAt, string $leadName,
                                string $leadEmail, ?string $leadPhone, int $players, int $totalPence)
    {
        $this->reference = $reference;
        $this->roomSlug = $roomSlug;
        $this->startsAt = $startsAt;
        $this->leadName = $leadName;
        $this->leadEmail = $leadEmail;
        $this->leadPhone = $leadPhone;
        $this->players = $players;
        $this->totalPence = $totalPence;
    }

    public function getId(): ?int { return $this->id; }
    public function getReference(): string { return $this->reference; }
    public function getRoomSlug(): string { return $this->roomSlug; }
    public function getStartsAt(): DateTimeImmutable { return $this->startsAt; }
    public function getLeadName(): string { return $this->leadName; }
    public function getLeadEmail(): string { return $this->leadEmail; }
    public function getLeadPhone(): ?string { return $this->leadPhone; }
    public function getPlayers(): int { return $this->players; }
    public function getTotalPence(): int { return $this->totalPence; }
    public function getStatus(): string { return $this->status; }

    public function markPaid(string $token, string $last4): void
    {
        $this->paymentToken = $token;
        $this->cardLast4 = $last4;
        $this->status = 'paid';
    }

    public function applyVoucher(string $code): void
    {
        $this->voucherCode = $code;
    }
}
