<?php declare(strict_types=1);

namespace App\Model;

use DateTimeImmutable;
use Nextras\Orm\Collection\ICollection;
use Nextras\Orm\Repository\Repository;

final class ServicePlansRepository extends Repository
{
    public static function getEntityClassNames(): array
    {
        return [ServicePlan::class];
    }

    /** @return ICollection<ServicePlan> */
    public function findDue(DateTimeImmutable $day): ICollection
    {
        return $this->findBy(['renewsOn<=' => $day]);
    }
}
