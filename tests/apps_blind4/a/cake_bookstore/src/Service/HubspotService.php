<?php
declare(strict_types=1);

namespace App\Service;

use App\Model\Entity\Customer;
use Cake\Core\Configure;
use Cake\Http\Client;
use Cake\Log\Log;

/**
 * Pushes newsletter subscribers to HubSpot as contacts.
 */
class HubspotService
{
    private Client $http;

    public function __construct(?Client $http = null)
    {
        $this->http = $http ?? new Client([
            'host' => 'api.hubapi.com',
            'scheme' => 'https',
            'timeout' => 10,
            'headers' => ['Authorization' => 'Bearer ' . Configure::read('Hubspot.token')],
        ]);
    }

    public function upsertContact(Customer $customer): bool
    {
        if (!$customer->newsletter) {
            return false;
        }
        $response = $this->http->post(
            '/crm/v3/objects/contacts',
            json_encode([
                'properties' => [
                    'email' => $customer->email,
                    'firstname' => $customer->first_name,
                    'lastname' => $customer->last_name,
                    'phone' => $customer->phone,
                    'lifecyclestage' => 'subscriber',
                ],
            ]),
            ['type' => 'json']
        );
        if (!$response->isOk()) {
            Log::warning(sprintf('hubspot upsert failed customer=%d status=%d', $customer->id, $response->getStatusCode()));

            return false;
        }
        Log::debug('hubspot contact id ' . ($response->getJson()['id'] ?? '?') . ' for customer ' . $customer->id);

        return true;
    }
}
