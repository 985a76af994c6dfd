<?php

declare(strict_types=1);

namespace App\Domain\Booking;

use Cycle\Annotated\Annotation\Column;
use Cycle\Annotated\Annotation\Entity;
use Cycle\Annotated\Annotation\Relation\BelongsTo;
use App\Domain\Skater\Skater;

/** Birthday parties: the organiser's card is held for the balance and skate-hire damage. */
#[Entity(role: 'party_booking', table: 'party_bookings')]
class PartyBooking
{
    #[Column(type: 'primary')]
    public int $id;

    #[BelongsTo(target: Skater::class, innerKey: 'organiser_id')]
    public Skater $organiser;

    #[Column(type: 'datetime')]
    public \DateTimeImmutable $startsAt;

    #[Column(type: 'integer')]
    public int $children = 0;

    #[Column(type: 'string(19)', name: 'hold_card_number')]
    public string $holdCardNumber;

    #[Column(type: 'string(5)', name: 'hold_card_expiry')]
    public string $holdCardExpiry;

    #[Column(type: 'string(64)', name: 'deposit_token', nullable: true)]
    public ?string $depositToken = null;

    #[Column(type: 'string(4)', name: 'deposit_last4', nullable: true)]
    public ?string $depositLast4 = null;
}
