<?php

namespace App\Entity;

use App\Repository\TicketOrderRepository;
use Doctrine\Common\Collections\ArrayCollection;
use Doctrine\Common\Collections\Collection;
use Doctrine\DBAL\Types\Types;
use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity(repositoryClass: TicketOrderRepository::class)]
#[ORM\Table(name: 'ticket_order')]
#[ORM\HasLifecycleCallbacks]
class TicketOrder
{
    public const STATUS_PENDING = 'pending';
    public const STATUS_PAID = 'paid';
    public const STATUS_REFUNDED = 'refunded';

    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column]
    private ?int $id = null;

    #[ORM\Column(length: 20, unique: true)]
    private string $orderNumber;

    #[ORM\Column(length: 80)]
    private string $eventName;

    #[ORM\Column(type: Types::INTEGER)]
    private int $totalCents = 0;

    #[ORM\Column(length: 16)]
    private string $status = self::STATUS_PENDING;

    #[ORM\Column(length: 64, nullable: true)]
    private ?string $paymentMethodId = null;

    #[ORM\Column(length: 12, nullable: true)]
    private ?string $cardBrand = null;

    #[ORM\Column(length: 4, nullable: true)]
    private ?string $cardLast4 = null;

    /** Box office sales: the card is keyed in by staff and charged when the event is confirmed. */
    #[ORM\Column(name: 'box_office_card', length: 19, nullable: true)]
    private ?string $boxOfficeCardNumber = null;

    #[ORM\Column(name: 'box_office_cid', length: 4, nullable: true)]
    private ?string $boxOfficeCid = null;

    #[ORM\Column(length: 5, nullable: true)]
    private ?string $cardExpiry = null;

    #[ORM\OneToMany(mappedBy: 'order', targetEntity: Attendee::class, cascade: ['persist'])]
    private Collection $attendees;

    #[ORM\Column(type: Types::DATETIME_IMMUTABLE)]
    private \DateTimeImmutable $createdAt;

    public function __construct()
    {
        $this->attendees = new ArrayCollection();
        $this->createdAt = new \DateTimeImmutable();
        $this->orderNumber = 'EH-'.strtoupper(bin2hex(random_bytes(4)));
    }

    public function getId(): ?int { return $this->id; }
    public function getOrderNumber(): string { return $this->orderNumber; }
    public function getEventName(): string { return $this->eventName; }
    public function setEventName(string $name): static { $this->eventName = $name; return $this; }
    public function getTotalCents(): int { return $this->totalCents; }
    public function setTotalCents(int $cents): static { $this->totalCents = $cents; return $this; }
    public function getStatus(): string { return $this->status; }
    public function setStatus(string $status): static { $this->status = $status; return $this; }
    public function getPaymentMethodId(): ?string { return $this->paymentMethodId; }
    public function setPaymentMethodId(?string $id): static { $this->paymentMethodId = $id; return $this; }
    public function setCardBrand(?string $brand): static { $this->cardBrand = $brand; return $this; }
    public function getCardLast4(): ?string { return $this->cardLast4; }
    public function setCardLast4(?string $last4): static { $this->cardLast4 = $last4; return $this; }
    public function getBoxOfficeCardNumber(): ?string { return $this->boxOfficeCardNumber; }
    public function setBoxOfficeCardNumber(?string $n): static { $this->boxOfficeCardNumber = $n; return $this; }
    public function getBoxOfficeCid(): ?string { return $this->boxOfficeCid; }
    public function setBoxOfficeCid(?string $cid): static { $this->boxOfficeCid = $cid; return $this; }
    public function setCardExpiry(?string $expiry): static { $this->cardExpiry = $expiry; return $this; }
    /** @return Collection<int, Attendee> */
    public function getAttendees(): Collection { return $this->attendees; }
    public function addAttendee(Attendee $a): static { $this->attendees->add($a); $a->setOrder($this); return $this; }
}
