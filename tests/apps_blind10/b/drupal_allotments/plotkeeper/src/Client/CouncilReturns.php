<?php

namespace Drupal\plotkeeper\Client;

use Drupal\Core\Config\ConfigFactoryInterface;
use Drupal\Core\Http\ClientFactory;
use GuzzleHttp\ClientInterface;
use Psr\Log\LoggerInterface;

/**
 * Annual tenancy return to Harrowfield Council, the landlord of the site.
 */
class CouncilReturns {

  protected ClientInterface $client;

  public function __construct(ClientFactory $clientFactory, ConfigFactoryInterface $configFactory, protected LoggerInterface $logger) {
    $config = $configFactory->get('plotkeeper.settings');
    $this->client = $clientFactory->fromOptions([
      'base_uri' => $config->get('council.base_uri'),
      'verify' => (bool) $config->get('council.verify_tls'),
      'timeout' => 30,
    ]);
  }

  public function submit(array $holders, int $year): void {
    $rows = array_map(fn ($h) => [
      'plot' => $h->plot,
      'tenant' => $h->name,
      'address' => $h->address,
      'phone' => $h->phone,
      'size' => $h->plot_size,
    ], $holders);
    $response = $this->client->request('POST', 'returns/' . $year, ['json' => ['tenancies' => $rows]]);
    $this->logger->notice('Council return @year sent: @count tenancies, HTTP @status.', [
      '@year' => $year,
      '@count' => count($rows),
      '@status' => $response->getStatusCode(),
    ]);
  }

}
