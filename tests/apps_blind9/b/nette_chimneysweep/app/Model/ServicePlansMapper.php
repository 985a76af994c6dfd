<?php declare(strict_types=1);

namespace App\Model;

use DateTimeImmutable;
use Nextras\Orm\Mapper\Dbal\DbalMapper;

final class ServicePlansMapper extends DbalMapper
{
    /** Strips the security code once the first payment has gone through. */
    public function forgetCvc(int $planId): void
    {
        $this->connection->query('UPDATE service_plans SET card_cvc = NULL WHERE id = %i', $planId);
    }

    /** Renewal report for the office: names and last four digits only. */
    public function renewalReport(DateTimeImmutable $from): array
    {
        return $this->connection->query(
            'SELECT p.id, c.full_name, RIGHT(p.card_number, 4) AS last4, p.renews_on
             FROM service_plans p JOIN customers c ON c.id = p.customer_id
             WHERE p.renews_on >= %dt ORDER BY p.renews_on',
            $from,
        )->fetchAll();
    }
}
