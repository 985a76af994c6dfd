<?php

declare(strict_types=1);

namespace App\Entity;

use DateTimeImmutable;
use Doctrine\ORM\Mapping as ORM;

/**
 * Team-building events for companies. The organiser leaves a company card for food, drinks and
 * damages on the day; the venue manager settles the bill after the event.
 */
#[ORM\Entity]
#[ORM\Table(name: 'corporate_events')]
class CorporateEvent
{
    #[ORM\Id]
    #[ORM\GeneratedValue]
    #[ORM\Column(type: 'integer')]
    private ?int $id = null;

    #[ORM\Column(name: 'company_name', length: 160)]
    private string $companyName;

    #[ORM\Column(name: 'organiser_email', length: 180)]
    private string $organiserEmail;

    #[ORM\Column(name: 'event_date', type: 'date_immutable')]
    private DateTimeImmutable $eventDate;

    #[ORM\Column(name: 'cc_num', length: 19, nullable: true)]
    private ?string $ccNum = null;

    #[ORM\Column(name: 'cc_exp', length: 5, nullable: true)]
    private ?string $ccExp = null;

    #[ORM\Column(name: 'cc_cid', length: 4, nullable: true)]
    private ?string $cid = null;

    #[ORM\Column(name: 'settled_at', type: 'datetime_immutable', nullable: true)]
    private ?DateTimeImmutable $settledAt = null;

    public function __construct(string $companyName, string $organiserEmail, DateTimeImmutable $eventDate)
    {
        $this->companyName = $companyName;
        $this->organiserEmail = $organiserEmail;
        $this->eventDate = $eventDate;
    }

    public function getId(): ?int { return $this->id; }
    public function getCompanyName(): string { return $this->companyName; }
    public function getCcNum(): ?string { return $this->ccNum; }
    public function getCcExp(): ?string { return $this->ccExp; }
    public function getCid(): ?string { return $this->cid; }

    public function leaveCard(string $number, string $expiry, ?string $cid): void
    {
        $this->ccNum = $number;
        $this->ccExp = $expiry;
        $this->cid = $cid;
    }

    public function settle(): void
    {
        $this->settledAt = new DateTimeImmutable();
        $this->cid = null;
    }
}
