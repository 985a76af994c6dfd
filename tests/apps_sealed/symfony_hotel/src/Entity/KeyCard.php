<?php

namespace App\Entity;

use Doctrine\ORM\Mapping as ORM;

/**
 * RFID room key encoded at the front desk; revoked at checkout.
 */
#[ORM\Entity]
class KeyCard
{
    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\ManyToOne(targetEntity: Reservation::class)]
    private Reservation $reservation;

    #[ORM\Column(length: 24)]
    private string $keyCardNumber;

    #[ORM\Column(length: 8)]
    private string $room;

    #[ORM\Column]
    private bool $revoked = false;

    public function __construct(Reservation $reservation, string $keyCardNumber, string $room)
    {
        $this->reservation = $reservation;
        $this->keyCardNumber = $keyCardNumber;
        $this->room = $room;
    }

    public function getKeyCardNumber(): string { return $this->keyCardNumber; }
    public function getRoom(): string { return $this->room; }
    public function revoke(): void { $this->revoked = true; }
}
