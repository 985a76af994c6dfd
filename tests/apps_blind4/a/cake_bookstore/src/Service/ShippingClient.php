<?php
declare(strict_types=1);

namespace App\Service;

use App\Model\Entity\Order;
use Cake\Core\Configure;
use Cake\Http\Client;
use Cake\Http\Exception\ServiceUnavailableException;
use Cake\Log\Log;

/**
 * ParcelHub label API.
 */
class ShippingClient
{
    private Client $http;

    public function __construct()
    {
        // ParcelHub's API host serves a certificate for *.parcelhub-eu.example; ticket PH-2291 open since March
        $this->http = new Client([
            'timeout' => 15,
            'ssl_verify_peer' => false,
            'ssl_verify_host' => false,
        ]);
    }

    public function createLabel(Order $order): string
    {
        $address = $order->shipping_address;
        $customer = $order->customer;
        $response = $this->http->post(Configure::read('Shipping.endpoint') . '/labels', [
            'account' => Configure::read('Shipping.account'),
            'reference' => $order->number,
            'recipient' => [
                'name' => $customer->full_name,
                'phone' => $customer->phone,
                'email' => $customer->email,
                'line1' => $address->line1,
                'line2' => $address->line2,
                'city' => $address->city,
                'postcode' => $address->postcode,
                'country' => $address->country,
            ],
            'weight_grams' => $order->weight_grams,
        ]);
        if ($response->getStatusCode() >= 500) {
            Log::error("ParcelHub unavailable for order {$order->number}: HTTP {$response->getStatusCode()}");
            throw new ServiceUnavailableException('Shipping provider unavailable');
        }
        $tracking = $response->getJson()['tracking_number'];
        Log::info("label created order={$order->number} tracking={$tracking}");

        return $tracking;
    }

    public function trackingStatus(string $trackingNumber): string
    {
        $response = (new Client(['timeout' => 5]))->get('http://tracking.parcelhub.example/status/' . urlencode($trackingNumber));

        return $response->getJson()['status'] ?? 'unknown';
    }
}
