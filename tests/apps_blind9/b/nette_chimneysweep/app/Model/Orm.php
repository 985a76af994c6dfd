<?php declare(strict_types=1);

namespace App\Model;

use Nextras\Orm\Model\Model;

/**
 * @property-read CustomersRepository $customers
 * @property-read VisitsRepository $visits
 * @property-read ServicePlansRepository $servicePlans
 */
final class Orm extends Model
{
}
