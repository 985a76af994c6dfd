<?php

namespace App\Entity;

use Doctrine\ORM\Mapping as ORM;

/** Stamp card: every tenth heel replacement free. */
#[ORM\Entity]
#[ORM\Table(name: 'loyalty_cards')]
class LoyaltyCard
{
    #[ORM\Id, ORM\GeneratedValue, ORM\Column]
    private ?int $id = null;

    #[ORM\OneToOne]
    private Customer $customer;

    #[ORM\Column(length: 12, unique: true)]
    private string $loyaltyCardNumber;

    #[ORM\Column]
    private int $stamps = 0;
}
