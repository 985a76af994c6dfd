<?php declare(strict_types=1);

namespace App\Model;

use DateTimeImmutable;
use Nextras\Orm\Entity\Entity;
use Nextras\Orm\Relationships\OneHasMany;

/**
 * @property int                     $id          {primary}
 * @property string                  $fullName
 * @property string                  $email
 * @property string                  $phone
 * @property string                  $addressLine
 * @property string                  $postcode
 * @property bool                    $isLandlord  {default false}
 * @property DateTimeImmutable       $createdAt   {default now}
 * @property OneHasMany<Visit>       $visits      {1:m Visit::$customer}
 * @property OneHasMany<ServicePlan> $plans       {1:m ServicePlan::$customer}
 */
final class Customer extends Entity
{
}
