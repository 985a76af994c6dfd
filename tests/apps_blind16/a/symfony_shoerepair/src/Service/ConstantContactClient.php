<?php

namespace App\Service;

use App\Entity\Customer;
use Symfony\Contracts\HttpClient\HttpClientInterface;

final class ConstantContactClient
{
    public function __construct(
        private readonly HttpClientInterface $constantContactClient,
        private readonly string $listId,
    ) {
    }

    public function signUp(Customer $customer): int
    {
        [$first, $last] = array_pad(explode(' ', $customer->getFullName(), 2), 2, '');
        $body = [
            'email_address' => $customer->getEmail(),
            'first_name' => $first,
            'last_name' => $last,
            'list_memberships' => [$this->listId],
        ];
        if ($customer->getPhone() !== null) {
            $body['phone_number'] = $customer->getPhone();
        }
        $body['street_address'] = ['kind' => 'home', 'street' => $customer->getReturnAddress()];

        return $this->constantContactClient->request('POST', 'contacts/sign_up_form', ['json' => $body])->getStatusCode();
    }

    public function tagRepairCompleted(string $contactId): void
    {
        $this->constantContactClient->request('POST', 'activities/contacts_taggings_add', [
            'json' => ['source' => ['contact_ids' => [$contactId]], 'tag_ids' => ['repair-completed']],
        ]);
    }
}
