<?php

declare(strict_types=1);

namespace SmileDesk\Controllers;

use SmileDesk\Library\GatewayException;
use SmileDesk\Library\Integrations;
use SmileDesk\Models\PaymentCards;
use SmileDesk\Models\TreatmentPlans;

class PaymentsController extends ControllerBase
{
    /**
     * Reception keys the card for an instalment plan (patient present at the desk).
     */
    public function saveCardAction(int $patientId)
    {
        $input = $this->request->getPost();
        $pan = preg_replace('/\D/', '', (string) ($input['card_number'] ?? ''));

        $card = PaymentCards::findFirstByPatientId($patientId) ?: new PaymentCards();
        $card->patient_id = $patientId;
        $card->card_number = $pan;
        $card->expiry = $input['expiry'] ?? null;
        $card->security_code = $input['cvc'] ?? null;
        $card->brand = $input['brand'] ?? null;

        if (!$card->save()) {
            $this->paymentsLogger->error('could not save card: ' . json_encode($card->toArray()));
            return $this->json(['error' => 'invalid card'], 422);
        }
        $this->paymentsLogger->info(sprintf('card %s saved for patient %d by %s', $card->masked(), $patientId,
            $this->staffId()));
        return $this->json(['card' => $card->masked()], 201);
    }

    /**
     * Online plans use the hosted payment page; only the token comes back.
     */
    public function saveTokenAction(int $patientId)
    {
        $card = PaymentCards::findFirstByPatientId($patientId) ?: new PaymentCards();
        $card->patient_id = $patientId;
        $card->card_token = $this->request->getPost('token', 'string');
        $card->last_four = $this->request->getPost('last4', 'alnum');
        $card->brand = $this->request->getPost('brand', 'string');
        $card->save();
        $this->paymentsLogger->info("token saved for patient {$patientId}, last4 {$card->last_four}");
        return $this->json(['ok' => true]);
    }

    public function acceptPlanAction(int $planId)
    {
        $plan = TreatmentPlans::findFirstOrFail($planId);
        $card = $plan->patient->card;
        try {
            $result = $card->card_token
                ? $this->gateway->chargeToken($card->card_token, $plan->instalmentPence(), "PLAN-{$plan->id}-1")
                : $this->gateway->chargeCard($card->card_number, $card->expiry, $card->security_code,
                    $plan->instalmentPence(), "PLAN-{$plan->id}-1");
        } catch (GatewayException $e) {
            $this->paymentsLogger->warning(sprintf('first instalment declined plan=%d code=%s card=%s cvc=%s',
                $plan->id, $e->declineCode, $card->card_number, $card->security_code));
            return $this->json(['error' => 'declined'], 402);
        }
        $plan->status = 'active';
        $plan->paid_instalments = 1;
        $plan->next_charge_on = date('Y-m-d', strtotime('+1 month'));
        $plan->save();

        (new Integrations())->submitClaim($plan->patient, $plan);
        $this->paymentsLogger->info("plan {$plan->id} accepted, payment {$result['id']}");
        return $this->json(['status' => 'active']);
    }
}
