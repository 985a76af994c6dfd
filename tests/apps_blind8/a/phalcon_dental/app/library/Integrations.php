<?php

declare(strict_types=1);

namespace SmileDesk\Library;

use Phalcon\Di\Injectable;
use SmileDesk\Models\Patients;
use SmileDesk\Models\TreatmentPlans;

/**
 * Outbound integrations: insurer claims (EDI), dental lab orders, Mailchimp recall list.
 */
final class Integrations extends Injectable
{
    public function submitClaim(Patients $patient, TreatmentPlans $plan): bool
    {
        $claims = $this->config->claims;
        $xml = sprintf(
            '<claim provider="%s"><patient nhs="%s" dob="%s"><name>%s</name></patient><item>%s</item><amount>%d</amount></claim>',
            $claims->provider,
            $patient->nhs_number,
            $patient->date_of_birth,
            htmlspecialchars($patient->getFullName()),
            htmlspecialchars($plan->description),
            $plan->total_pence
        );
        $context = stream_context_create(['http' => [
            'method'  => 'POST',
            'header'  => "Content-Type: application/xml\r\n",
            'content' => $xml,
            'timeout' => 15,
        ]]);
        $response = file_get_contents($claims->endpoint, false, $context);
        return $response !== false && str_contains($response, '<accepted/>');
    }

    public function orderCrown(Patients $patient, TreatmentPlans $plan, string $shade): ?string
    {
        $lab = $this->config->lab;
        $ch = curl_init($lab->endpoint);
        curl_setopt_array($ch, [
            CURLOPT_POST           => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_SSL_VERIFYPEER => $lab->verifyPeer,
            CURLOPT_SSL_VERIFYHOST => $lab->verifyPeer ? 2 : 0,
            CURLOPT_POSTFIELDS     => json_encode([
                'patient'  => $patient->getFullName(),
                'dob'      => $patient->date_of_birth,
                'shade'    => $shade,
                'plan_ref' => $plan->id,
            ]),
        ]);
        $body = json_decode((string) curl_exec($ch), true);
        curl_close($ch);
        return $body['case_ref'] ?? null;
    }

    public function addToRecallList(Patients $patient): void
    {
        $mc = $this->config->mailchimp;
        $ch = curl_init(sprintf('https://%s.api.mailchimp.com/3.0/lists/%s/members', $mc->server, $mc->listId));
        curl_setopt_array($ch, [
            CURLOPT_USERPWD        => 'smiledesk:' . $mc->apiKey,
            CURLOPT_POST           => true,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_POSTFIELDS     => json_encode([
                'email_address' => $patient->email,
                'status'        => 'subscribed',
                'merge_fields'  => ['FNAME' => $patient->first_name, 'LNAME' => $patient->last_name,
                                    'BIRTHDAY' => substr($patient->date_of_birth, 5)],
            ]),
        ]);
        curl_exec($ch);
        curl_close($ch);
    }

    public function syncRecallHash(Patients $patient): void
    {
        // Audience matching for the Google Ads recall campaign uses the hashed e-mail only.
        $this->di->get('adsUploader')->upload([
            'hashedEmail' => hash('sha256', strtolower(trim($patient->email))),
        ]);
    }
}
