<?php

namespace Drupal\plotkeeper\Client;

use Drupal\Core\Config\ConfigFactoryInterface;
use GuzzleHttp\ClientInterface;

/**
 * The PC in the site hut keeps a contact sheet for the duty committee member and reads the water meters.
 */
class HutSync {

  protected string $hut;
  protected string $meters;

  public function __construct(protected ClientInterface $httpClient, ConfigFactoryInterface $configFactory) {
    $config = $configFactory->get('plotkeeper.settings');
    $this->hut = $config->get('hut.base_uri');
    $this->meters = $config->get('water_meters.base_uri');
  }

  public function pushHolder(int $hid, array $holder): void {
    $this->httpClient->request('PUT', $this->hut . 'contacts/' . $hid, [
      'json' => [
        'plot' => $holder['plot'],
        'name' => $holder['name'],
        'phone' => $holder['phone'] ?? '',
        'address' => $holder['address'],
      ],
      'timeout' => 5,
    ]);
  }

  public function meterReading(string $plot): ?float {
    $response = $this->httpClient->request('GET', $this->meters . 'meters/' . rawurlencode($plot), ['timeout' => 5]);
    $data = json_decode((string) $response->getBody(), TRUE);
    return isset($data['litres']) ? (float) $data['litres'] : NULL;
  }

}
