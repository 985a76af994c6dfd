<?php declare(strict_types=1);

namespace App\Services;

use App\Model\Customer;

/** Gorgias helpdesk: every customer exists there so the office sees the history when they call. */
final class Gorgias
{
    private JsonHttp $http;

    public function __construct(private string $domain, private string $user, private string $key)
    {
        $this->http = new JsonHttp();
    }

    private function auth(): array
    {
        return ['Authorization: Basic ' . base64_encode($this->user . ':' . $this->key)];
    }

    public function syncCustomer(Customer $customer): void
    {
        $payload = ['name' => $customer->fullName, 'email' => $customer->email, 'external_id' => (string) $customer->id];
        $payload['channels'] = [
            ['type' => 'email', 'address' => $customer->email, 'preferred' => true],
            ['type' => 'phone', 'address' => $customer->phone],
        ];
        $payload['data'] = ['address' => $customer->addressLine, 'postcode' => $customer->postcode];
        $this->http->post("https://{$this->domain}.gorgias.com/api/customers", $payload, $this->auth());
    }

    public function noteVisitDone(int $gorgiasCustomerId, int $visitId, string $certificateNo): void
    {
        $this->http->post("https://{$this->domain}.gorgias.com/api/tickets", [
            'customer' => ['id' => $gorgiasCustomerId],
            'channel' => 'api',
            'via' => 'api',
            'subject' => "Sweep #$visitId completed",
            'messages' => [['channel' => 'api', 'via' => 'api', 'from_agent' => true,
                'body_text' => "Certificate $certificateNo issued."]],
            'status' => 'closed',
        ], $this->auth());
    }
}
