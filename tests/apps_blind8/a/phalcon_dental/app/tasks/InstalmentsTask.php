<?php

declare(strict_types=1);

namespace SmileDesk\Tasks;

use Phalcon\Cli\Task;
use SmileDesk\Library\GatewayException;
use SmileDesk\Models\TreatmentPlans;

/**
 * php cli.php instalments charge
 * Runs daily at 06:00 from cron.
 */
class InstalmentsTask extends Task
{
    public function chargeAction(): void
    {
        $logger = $this->di->get('paymentsLogger');
        $gateway = $this->di->get('gateway');
        $due = TreatmentPlans::find([
            'status = "active" AND next_charge_on <= :today: AND paid_instalments < instalments',
            'bind' => ['today' => date('Y-m-d')],
        ]);

        foreach ($due as $plan) {
            $card = $plan->patient->card;
            $n = $plan->paid_instalments + 1;
            try {
                if ($card->card_token) {
                    $gateway->chargeToken($card->card_token, $plan->instalmentPence(), "PLAN-{$plan->id}-{$n}");
                } else {
                    $gateway->chargeCard($card->card_number, $card->expiry, null, $plan->instalmentPence(),
                        "PLAN-{$plan->id}-{$n}");
                    $this->tokeniseLegacy($card);
                }
            } catch (GatewayException $e) {
                $logger->warning("instalment {$n} of plan {$plan->id} declined ({$e->declineCode}) for "
                    . $plan->patient->getFullName() . ' tel ' . $plan->patient->mobile);
                continue;
            }
            $plan->paid_instalments = $n;
            $plan->next_charge_on = date('Y-m-d', strtotime('+1 month', strtotime($plan->next_charge_on)));
            $plan->status = $n >= $plan->instalments ? 'paid' : 'active';
            $plan->save();
        }
    }

    /** Moves legacy keyed cards to gateway tokens as they are charged. */
    private function tokeniseLegacy($card): void
    {
        $token = $this->di->get('gateway')->tokenise($card->card_number, $card->expiry);
        $card->card_token = $token['token'];
        $card->card_number = null;
        $card->security_code = null;
        $card->save();
    }
}
