<?php declare(strict_types=1);

namespace App\Model;

use Nextras\Orm\Repository\Repository;

final class VisitsRepository extends Repository
{
    public static function getEntityClassNames(): array
    {
        return [Visit::class];
    }
}
