<?php

namespace App\Repository;

use App\Entity\Arrangement;
use Doctrine\Bundle\DoctrineBundle\Repository\ServiceEntityRepository;
use Doctrine\Persistence\ManagerRegistry;

/**
 * @extends ServiceEntityRepository<Arrangement>
 */
class ArrangementRepository extends ServiceEntityRepository
{
    public function __construct(ManagerRegistry $registry)
    {
        parent::__construct($registry, Arrangement::class);
    }

    public function findOneByReference(string $reference): ?Arrangement
    {
        return $this->findOneBy(['reference' => $reference]);
    }

    public function findOpenForContact(string $email, string $phone): ?Arrangement
    {
        return $this->createQueryBuilder('a')
            ->join('a.arranger', 'c')
            ->where('c.email = :email AND c.phone = :phone AND a.status = :open')
            ->setParameters(['email' => $email, 'phone' => $phone, 'open' => 'open'])
            ->setMaxResults(1)
            ->getQuery()
            ->getOneOrNullResult();
    }
}
