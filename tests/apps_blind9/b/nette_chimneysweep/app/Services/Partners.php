<?php declare(strict_types=1);

namespace App\Services;

use App\Model\Customer;
use Nette\Utils\Json;

final class Partners
{
    public function __construct(private string $stoveRegisterUrl, private string $agentPortalUrl)
    {
    }

    /** Building-regs notification for a new stove: the register needs the householder and address. */
    public function notifyStoveInstall(Customer $customer, string $model, string $installedOn): void
    {
        $payload = Json::encode([
            'installer' => 'SFC-0417',
            'householder' => $customer->fullName,
            'address' => $customer->addressLine,
            'postcode' => $customer->postcode,
            'appliance' => $model,
            'installedOn' => $installedOn,
        ]);
        $context = stream_context_create(['http' => [
            'method' => 'POST',
            'header' => "Content-Type: application/json\r\n",
            'content' => $payload,
            'timeout' => 10,
        ]]);
        file_get_contents($this->stoveRegisterUrl, false, $context);
    }

    /** Letting agents must grant access to tenanted properties; the tenant's details go with it. */
    public function requestTenantAccess(string $tenantName, string $tenantPhone, string $address, string $date): void
    {
        $ch = curl_init($this->agentPortalUrl);
        curl_setopt($ch, CURLOPT_POST, true);
        curl_setopt($ch, CURLOPT_POSTFIELDS, Json::encode([
            'tenant' => $tenantName, 'phone' => $tenantPhone, 'address' => $address, 'date' => $date,
        ]));
        curl_setopt($ch, CURLOPT_HTTPHEADER, ['Content-Type: application/json']);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        // their portal serves an incomplete chain; agreed with their IT in 2022 as a stop-gap
        curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
        curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
        curl_exec($ch);
        curl_close($ch);
    }
}
