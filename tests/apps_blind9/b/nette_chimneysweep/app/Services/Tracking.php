<?php declare(strict_types=1);

namespace App\Services;

use App\Model\Customer;
use MatomoTracker;

/** Matomo Cloud (bookings funnel) and LinkedIn conversions (letting-agent campaign). */
final class Tracking
{
    private JsonHttp $http;

    public function __construct(private array $matomo, private array $linkedin)
    {
        $this->http = new JsonHttp();
    }

    public function bookingCreated(Customer $customer, string $appliance, int $pricePence): void
    {
        $tracker = new MatomoTracker((int) $this->matomo['siteId'], $this->matomo['url']);
        $tracker->setTokenAuth($this->matomo['token']);
        $tracker->setUserId($customer->email);
        $tracker->setCustomDimension(1, $customer->postcode);
        $tracker->doTrackEvent('booking', 'created', $appliance, $pricePence / 100);
    }

    public function landlordLead(string $email, string $leadRef): void
    {
        $this->http->post('https://api.linkedin.com/rest/conversionEvents', [
            'conversion' => $this->linkedin['conversion'],
            'conversionHappenedAt' => (int) round(microtime(true) * 1000),
            'eventId' => $leadRef,
            'user' => ['userIds' => [['idType' => 'SHA256_EMAIL', 'idValue' => hash('sha256', strtolower(trim($email)))]]],
        ], ['Authorization: Bearer ' . $this->linkedin['token'], 'LinkedIn-Version: 202409', 'X-Restli-Protocol-Version: 2.0.0']);
    }

    public function visitCompleted(int $customerId, string $appliance): void
    {
        $tracker = new MatomoTracker((int) $this->matomo['siteId'], $this->matomo['url']);
        $tracker->setTokenAuth($this->matomo['token']);
        $tracker->setUserId('cust-' . $customerId);
        $tracker->doTrackEvent('visit', 'completed', $appliance);
    }
}
