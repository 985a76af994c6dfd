<?php

namespace App\Libraries;

use App\Entities\Account;
use Config\Parking;

/**
 * Keeps Intercom contacts in sync so the support team sees who they are chatting with.
 */
class Intercom
{
    private Parking $config;

    public function __construct(?Parking $config = null)
    {
        $this->config = $config ?? config('Parking');
    }

    public function upsertContact(Account $account): void
    {
        if (! $this->config->intercomEnabled) {
            return;
        }
        $client = service('curlrequest', ['baseURI' => 'https://api.intercom.io/', 'timeout' => 8]);

        try {
            $client->post('contacts', [
                'headers' => [
                    'Authorization'    => 'Bearer ' . $this->config->intercomToken,
                    'Intercom-Version' => '2.10',
                ],
                'json' => [
                    'role'        => 'user',
                    'external_id' => (string) $account->id,
                    'email'       => $account->email,
                    'phone'       => $account->mobile,
                    'name'        => $account->full_name,
                ],
            ]);
        } catch (\Throwable $e) {
            log_message('warning', 'Intercom sync failed for account {id}: {msg}', ['id' => $account->id, 'msg' => $e->getMessage()]);
        }
    }

    public function trackEvent(int $accountId, string $event, array $metadata = []): void
    {
        $client = service('curlrequest', ['baseURI' => 'https://api.intercom.io/']);
        $client->post('events', [
            'headers' => ['Authorization' => 'Bearer ' . $this->config->intercomToken],
            'json'    => [
                'event_name' => $event,
                'created_at' => time(),
                'user_id'    => (string) $accountId,
                'metadata'   => $metadata,
            ],
        ]);
    }
}
