<?php

declare(strict_types=1);

namespace App\Domain\Skater;

use Cycle\Annotated\Annotation\Column;
use Cycle\Annotated\Annotation\Entity;

#[Entity(role: 'skater', table: 'skaters', repository: SkaterRepository::class)]
class Skater implements \Stringable
{
    #[Column(type: 'primary')]
    public int $id;

    #[Column(type: 'string(120)')]
    public string $fullName;

    #[Column(type: 'string(200)')]
    public string $email;

    #[Column(type: 'string(32)', nullable: true)]
    public ?string $phone = null;

    #[Column(type: 'date', nullable: true)]
    public ?\DateTimeImmutable $dateOfBirth = null;

    /** Arena membership "skate card" printed on the plastic pass, e.g. GLA-00412. */
    #[Column(type: 'string(12)', nullable: true)]
    public ?string $skateCardNo = null;

    #[Column(type: 'string(64)', nullable: true)]
    public ?string $mauticContactId = null;

    public function __toString(): string
    {
        return sprintf('%s <%s> %s dob=%s', $this->fullName, $this->email, $this->phone ?? '-', $this->dateOfBirth?->format('Y-m-d') ?? '-');
    }
}
