<?php

namespace App\Service;

use App\Entity\Guest;
use App\Entity\Reservation;
use FacebookAds\Api;
use FacebookAds\Object\ServerSide\Event;
use FacebookAds\Object\ServerSide\EventRequest;
use FacebookAds\Object\ServerSide\UserData;
use Segment\Segment;

class Marketing
{
    public function __construct(string $segmentWriteKey, private readonly string $pixelId, string $metaToken)
    {
        Segment::init($segmentWriteKey);
        Api::init(null, null, $metaToken);
    }

    public function bookingCompleted(Guest $guest, Reservation $reservation): void
    {
        Segment::identify([
            'userId' => (string) $guest->getId(),
            'traits' => [
                'email' => $guest->getEmail(),
                'phone' => $guest->getPhone(),
                'nationality' => $guest->getNationality(),
            ],
        ]);
        Segment::track([
            'userId' => (string) $guest->getId(),
            'event' => 'Booking Completed',
            'properties' => ['nights' => $reservation->getArrival()->format('Y-m-d'), 'revenue' => $reservation->getTotalCents() / 100],
        ]);

        // The Business SDK normalises and SHA-256 hashes these fields before sending.
        $userData = (new UserData())
            ->setEmail($guest->getEmail())
            ->setPhone((string) $guest->getPhone());
        $event = (new Event())
            ->setEventName('Purchase')
            ->setEventTime(time())
            ->setUserData($userData);
        (new EventRequest($this->pixelId))->setEvents([$event])->execute();
    }
}
