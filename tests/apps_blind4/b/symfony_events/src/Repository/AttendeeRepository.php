<?php

namespace App\Repository;

use App\Entity\Attendee;
use Doctrine\Bundle\DoctrineBundle\Repository\ServiceEntityRepository;
use Doctrine\Persistence\ManagerRegistry;

/**
 * @extends ServiceEntityRepository<Attendee>
 */
class AttendeeRepository extends ServiceEntityRepository
{
    public function __construct(ManagerRegistry $registry)
    {
        parent::__construct($registry, Attendee::class);
    }

    /** @return list<Attendee> */
    public function findForEvent(string $eventName): array
    {
        return $this->createQueryBuilder('a')
            ->join('a.order', 'o')
            ->andWhere('o.eventName = :event')
            ->andWhere('o.status = :paid')
            ->setParameter('event', $eventName)
            ->setParameter('paid', 'paid')
            ->orderBy('a.fullName', 'ASC')
            ->getQuery()
            ->getResult();
    }
}
