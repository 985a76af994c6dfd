<?php

namespace App\Service;

use App\Entity\KeyCard;
use App\Entity\Reservation;
use Doctrine\ORM\EntityManagerInterface;
use Psr\Log\LoggerInterface;

class KeyEncoder
{
    public function __construct(private readonly EntityManagerInterface $em, private readonly LoggerInterface $logger)
    {
    }

    public function encode(Reservation $reservation, string $room, string $serial): KeyCard
    {
        $key = new KeyCard($reservation, $serial, $room);
        $this->em->persist($key);
        $this->em->flush();
        $this->logger->info('Key card {serial} encoded for room {room}', ['serial' => $key->getKeyCardNumber(), 'room' => $room]);
        return $key;
    }
}
