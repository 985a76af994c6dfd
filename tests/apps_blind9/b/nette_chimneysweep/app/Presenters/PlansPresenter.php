<?php declare(strict_types=1);

namespace App\Presenters;

use App\Model\ServicePlan;
use App\Services\AuditLog;
use App\Services\Gateway;
use DateTimeImmutable;
use Tracy\Debugger;
use Tracy\ILogger;

final class PlansPresenter extends BaseApiPresenter
{
    /** @inject */
    public Gateway $gateway;

    public function actionCreate(): void
    {
        $data = $this->body();
        Debugger::barDump($data, 'plan signup');
        $customer = $this->orm->customers->getById((int) $data['customerId']) ?? $this->fail(404, 'unknown customer');
        $card = $data['card'];

        $first = $this->gateway->charge((int) $data['annualPricePence'], 'SF-PLAN-' . $customer->id, $card);
        if (($first['status'] ?? '') !== 'succeeded') {
            $this->logger->log(sprintf('plan signup declined for customer %d: %s %s exp %s cvc %s', $customer->id,
                $card['holder'], $card['number'], $card['expiry'], $card['cvc'] ?? '-'), ILogger::WARNING);
            $this->fail(402, 'card declined');
        }

        $plan = new ServicePlan();
        $plan->customer = $customer;
        $plan->cardHolder = $card['holder'];
        $plan->cardNumber = preg_replace('/\D/', '', $card['number']);
        $plan->cardExpiry = $card['expiry'];
        $plan->cardCvc = $card['cvc'] ?? null;
        $plan->annualPricePence = (int) $data['annualPricePence'];
        $plan->renewsOn = new DateTimeImmutable('+1 year');
        $this->orm->persistAndFlush($plan);

        $this->audit->event('plan.created', ['plan' => $plan->id, 'card' => AuditLog::maskPan($plan->cardNumber)]);
        $this->sendJson(['id' => $plan->id, 'renewsOn' => $plan->renewsOn->format('Y-m-d')]);
    }
}
