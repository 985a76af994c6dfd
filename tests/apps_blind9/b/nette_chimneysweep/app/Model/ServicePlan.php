<?php declare(strict_types=1);

namespace App\Model;

use DateTimeImmutable;
use Nextras\Orm\Entity\Entity;

/**
 * @property int                    $id               {primary}
 * @property Customer               $customer         {m:1 Customer::$plans}
 * @property string                 $cardHolder
 * @property string                 $cardNumber
 * @property string                 $cardExpiry
 * @property string|null            $cardCvc
 * @property int                    $annualPricePence
 * @property DateTimeImmutable|null $renewsOn
 */
final class ServicePlan extends Entity
{
}
