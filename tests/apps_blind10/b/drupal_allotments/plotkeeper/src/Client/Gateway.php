<?php

namespace Drupal\plotkeeper\Client;

use Drupal\Core\Config\ConfigFactoryInterface;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\ConnectException;
use GuzzleHttp\Exception\ServerException;

/**
 * TrowelPay card API (https, default verification).
 */
class Gateway {

  protected string $baseUri;

  public function __construct(protected ClientInterface $httpClient, ConfigFactoryInterface $configFactory) {
    $this->baseUri = $configFactory->get('plotkeeper.settings')->get('gateway.base_uri');
  }

  public function verify(array $card): array {
    return $this->post('card-checks', ['card' => $card]);
  }

  public function charge(array $card, int $amountPence, string $reference): array {
    return $this->post('charges', ['card' => $card, 'amount' => $amountPence, 'currency' => 'GBP', 'reference' => $reference]);
  }

  public function hold(array $card, int $amountPence, string $reference): array {
    return $this->post('holds', ['card' => $card, 'amount' => $amountPence, 'currency' => 'GBP', 'reference' => $reference]);
  }

  protected function post(string $path, array $payload): array {
    try {
      $response = $this->httpClient->request('POST', $this->baseUri . $path, [
        'json' => $payload,
        'headers' => ['Authorization' => 'Bearer ' . getenv('TROWELPAY_SECRET')],
        'timeout' => 15,
        'http_errors' => FALSE,
      ]);
    }
    catch (ConnectException | ServerException $e) {
      throw new GatewayUnavailableException($e->getMessage(), 0, $e);
    }
    return json_decode((string) $response->getBody(), TRUE) ?? [];
  }

}
