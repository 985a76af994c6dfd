<?php

declare(strict_types=1);

namespace App\Domain\Skater;

use Cycle\ORM\Select\Repository;

/** @extends Repository<Skater> */
class SkaterRepository extends Repository
{
    public function findByEmail(string $email): ?Skater
    {
        return $this->findOne(['email' => strtolower(trim($email))]);
    }
}
