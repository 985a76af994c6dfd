<?php

namespace App\Entity;

use ApiPlatform\Metadata\ApiResource;
use ApiPlatform\Metadata\Get;
use ApiPlatform\Metadata\Patch;
use ApiPlatform\Metadata\Post;
use App\State\CustomerProcessor;
use Doctrine\ORM\Mapping as ORM;
use Symfony\Component\Serializer\Attribute\Groups;
use Symfony\Component\Validator\Constraints as Assert;

#[ORM\Entity]
#[ORM\Table(name: 'customers')]
#[ApiResource(
    operations: [new Get(), new Post(processor: CustomerProcessor::class), new Patch(processor: CustomerProcessor::class)],
    normalizationContext: ['groups' => ['customer:read']],
    denormalizationContext: ['groups' => ['customer:write']],
)]
class Customer
{
    #[ORM\Id, ORM\GeneratedValue, ORM\Column]
    #[Groups(['customer:read'])]
    private ?int $id = null;

    #[ORM\Column(length: 120)]
    #[Assert\NotBlank]
    #[Groups(['customer:read', 'customer:write'])]
    private string $fullName = '';

    #[ORM\Column(length: 180, unique: true)]
    #[Assert\Email]
    #[Groups(['customer:read', 'customer:write'])]
    private string $email = '';

    #[ORM\Column(length: 32, nullable: true)]
    #[Groups(['customer:write'])]
    private ?string $phone = null;

    #[ORM\Column(type: 'text', nullable: true)]
    #[Groups(['customer:write'])]
    private ?string $returnAddress = null;

    #[ORM\Column(options: ['default' => false])]
    #[Groups(['customer:write'])]
    private bool $marketingOptIn = false;

    public function __toString(): string
    {
        return sprintf('%s <%s> %s', $this->fullName, $this->email, $this->phone ?? '');
    }

    public function getId(): ?int { return $this->id; }
    public function getFullName(): string { return $this->fullName; }
    public function setFullName(string $v): void { $this->fullName = $v; }
    public function getEmail(): string { return $this->email; }
    public function setEmail(string $v): void { $this->email = strtolower(trim($v)); }
    public function getPhone(): ?string { return $this->phone; }
    public function setPhone(?string $v): void { $this->phone = $v; }
    public function getReturnAddress(): ?string { return $this->returnAddress; }
    public function setReturnAddress(?string $v): void { $this->returnAddress = $v; }
    public function isMarketingOptIn(): bool { return $this->marketingOptIn; }
    public function setMarketingOptIn(bool $v): void { $this->marketingOptIn = $v; }
}
