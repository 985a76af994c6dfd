<?php declare(strict_types=1);

namespace App\Model;

use DateTimeImmutable;
use Nextras\Orm\Entity\Entity;

/**
 * @property int               $id              {primary}
 * @property Customer          $customer        {m:1 Customer::$visits}
 * @property DateTimeImmutable $scheduledFor
 * @property string            $appliance       {enum self::APPLIANCE_*}
 * @property string            $status          {default booked}
 * @property int               $pricePence
 * @property string|null       $paymentToken
 * @property string|null       $cardLast4
 * @property string|null       $certificateNo
 * @property string|null       $ashPanCondition
 */
final class Visit extends Entity
{
    public const APPLIANCE_OPEN_FIRE = 'open_fire';
    public const APPLIANCE_WOODBURNER = 'woodburner';
    public const APPLIANCE_RANGE = 'range';
}
