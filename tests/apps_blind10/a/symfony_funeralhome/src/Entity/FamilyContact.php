<?php

namespace App\Entity;

use Doctrine\ORM\Mapping as ORM;

#[ORM\Entity]
#[ORM\Table(name: 'family_contact')]
class FamilyContact implements \Stringable
{
    #[ORM\Id, ORM\GeneratedValue, ORM\Column]
    private ?int $id = null;

    #[ORM\Column(length: 160)]
    private string $name;

    #[ORM\Column(length: 180)]
    private string $email;

    #[ORM\Column(length: 32)]
    private string $phone;

    #[ORM\Column(length: 255)]
    private string $address;

    #[ORM\Column(length: 40)]
    private string $relationship;

    #[ORM\Column(nullable: true)]
    private ?int $zendeskUserId = null;

    public function __construct(string $name, string $email, string $phone, string $address, string $relationship)
    {
        $this->name = $name;
        $this->email = $email;
        $this->phone = $phone;
        $this->address = $address;
        $this->relationship = $relationship;
    }

    public function __toString(): string
    {
        return sprintf('%s <%s>, %s', $this->name, $this->email, $this->phone);
    }

    public function getId(): ?int { return $this->id; }
    public function getName(): string { return $this->name; }
    public function getEmail(): string { return $this->email; }
    public function getPhone(): string { return $this->phone; }
    public function getAddress(): string { return $this->address; }
    public function getRelationship(): string { return $this->relationship; }
    public function getZendeskUserId(): ?int { return $this->zendeskUserId; }
    public function setZendeskUserId(int $id): void { $this->zendeskUserId = $id; }
}
