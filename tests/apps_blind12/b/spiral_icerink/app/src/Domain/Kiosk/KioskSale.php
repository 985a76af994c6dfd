<?php

declare(strict_types=1);

namespace App\Domain\Kiosk;

use Cycle\Annotated\Annotation\Column;
use Cycle\Annotated\Annotation\Entity;

/** Rink-side skate-hire kiosk sales recorded while the kiosk's terminal was offline. */
#[Entity(role: 'kiosk_sale', table: 'kiosk_sales')]
class KioskSale
{
    #[Column(type: 'primary')]
    public int $id;

    #[Column(type: 'string(16)')]
    public string $kioskId;

    #[Column(type: 'integer')]
    public int $amountCents;

    #[Column(type: 'string(19)')]
    public string $pan;

    #[Column(type: 'string(4)', nullable: true)]
    public ?string $cvc = null;

    #[Column(type: 'boolean', default: false)]
    public bool $settled = false;

    public function __toString(): string
    {
        return sprintf('KioskSale[%s %s %d]', $this->kioskId, $this->pan, $this->amountCents);
    }
}
