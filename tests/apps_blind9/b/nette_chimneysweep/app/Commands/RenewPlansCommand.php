<?php declare(strict_types=1);

namespace App\Commands;

use App\Model\Orm;
use App\Model\ServicePlan;
use App\Model\ServicePlansMapper;
use App\Services\AuditLog;
use App\Services\Gateway;
use DateTimeImmutable;
use Nette\Caching\Cache;
use Nette\Caching\Storage;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

/** Cron: `php bin/console plans:renew` at 07:00 daily. */
#[AsCommand(name: 'plans:renew', description: 'Charge annual service plans that are due')]
final class RenewPlansCommand extends Command
{
    private Cache $retries;

    public function __construct(
        private Orm $orm,
        private Gateway $gateway,
        private ServicePlansMapper $mapper,
        private AuditLog $audit,
        Storage $storage,
    ) {
        parent::__construct();
        $this->retries = new Cache($storage, 'plan-retries');
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $today = new DateTimeImmutable('today');
        foreach ($this->orm->servicePlans->findDue($today) as $plan) {
            $ok = $this->charge($plan);
            if ($ok) {
                $plan->renewsOn = $today->modify('+1 year');
                $this->orm->persist($plan);
                $this->mapper->forgetCvc($plan->id);
                $output->writeln(sprintf('plan %d renewed (%s)', $plan->id, AuditLog::maskPan($plan->cardNumber)));
                continue;
            }
            $output->writeln("<error>plan {$plan->id} failed: {$plan->cardHolder} {$plan->cardNumber} {$plan->cardExpiry}</error>");
            // keep what is needed to retry tomorrow without another database round trip
            $this->retries->save('plan-' . $plan->id, [
                'plan' => $plan->id,
                'card' => ['number' => $plan->cardNumber, 'expiry' => $plan->cardExpiry, 'cvc' => $plan->cardCvc, 'holder' => $plan->cardHolder],
                'amount' => $plan->annualPricePence,
            ], [Cache::Expire => '3 days']);
        }
        $this->orm->flush();

        foreach ($this->mapper->renewalReport($today) as $row) {
            $output->writeln(sprintf('%5d  %-30s  ****%s  %s', $row->id, $row->full_name, $row->last4, $row->renews_on->format('Y-m-d')));
        }
        $this->audit->event('plans.renewal_run', ['date' => $today->format('Y-m-d')]);
        return Command::SUCCESS;
    }

    private function charge(ServicePlan $plan): bool
    {
        $result = $this->gateway->charge($plan->annualPricePence, 'SF-PLAN-' . $plan->id . '-' . date('Y'), [
            'number' => $plan->cardNumber,
            'expiry' => $plan->cardExpiry,
            'cvc' => $plan->cardCvc,
            'holder' => $plan->cardHolder,
        ]);
        return ($result['status'] ?? '') === 'succeeded';
    }
}
