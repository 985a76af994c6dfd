<?php

namespace App\Entity;

use App\Repository\ArrangementRepository;
use Doctrine\DBAL\Types\Types;
use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity(repositoryClass: ArrangementRepository::class)]
#[ORM\Table(name: 'arrangement')]
#[ORM\HasLifecycleCallbacks]
class Arrangement implements \Stringable
{
    #[ORM\Id, ORM\GeneratedValue, ORM\Column]
    private ?int $id = null;

    #[ORM\Column(length: 20, unique: true)]
    private string $reference;

    #[ORM\Column(length: 200)]
    private string $deceasedName;

    #[ORM\Column(type: Types::DATE_IMMUTABLE)]
    private \DateTimeImmutable $dateOfBirth;

    #[ORM\Column(type: Types::DATE_IMMUTABLE)]
    private \DateTimeImmutable $dateOfDeath;

    #[ORM\ManyToOne(targetEntity: FamilyContact::class)]
    #[ORM\JoinColumn(nullable: false)]
    private FamilyContact $arranger;

    #[ORM\Column(length: 20)]
    private string $serviceType = 'cremation';

    #[ORM\Column(length: 20)]
    private string $status = 'open';

    #[ORM\Column(type: Types::DATETIME_IMMUTABLE)]
    private \DateTimeImmutable $updatedAt;

    public function __construct(string $reference, string $deceasedName, \DateTimeImmutable $dateOfBirth, \DateTimeImmutable $dateOfDeath, FamilyContact $arranger)
    {
        $this->reference = $reference;
        $this->deceasedName = $deceasedName;
        $this->dateOfBirth = $dateOfBirth;
        $this->dateOfDeath = $dateOfDeath;
        $this->arranger = $arranger;
        $this->updatedAt = new \DateTimeImmutable();
    }

    #[ORM\PreUpdate]
    public function touch(): void
    {
        $this->updatedAt = new \DateTimeImmutable();
    }

    public function __toString(): string
    {
        return sprintf('Arrangement %s (%s)', $this->reference, $this->status);
    }

    public function getId(): ?int { return $this->id; }
    public function getReference(): string { return $this->reference; }
    public function getDeceasedName(): string { return $this->deceasedName; }
    public function getDateOfBirth(): \DateTimeImmutable { return $this->dateOfBirth; }
    public function getDateOfDeath(): \DateTimeImmutable { return $this->dateOfDeath; }
    public function getArranger(): FamilyContact { return $this->arranger; }
    public function getServiceType(): string { return $this->serviceType; }
    public function setServiceType(string $type): void { $this->serviceType = $type; }
    public function getStatus(): string { return $this->status; }
    public function setStatus(string $status): void { $this->status = $status; }
}
