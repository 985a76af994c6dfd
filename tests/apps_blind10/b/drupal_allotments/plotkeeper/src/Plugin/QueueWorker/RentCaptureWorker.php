<?php

namespace Drupal\plotkeeper\Plugin\QueueWorker;

use Drupal\Core\Plugin\ContainerFactoryPluginInterface;
use Drupal\Core\Queue\QueueWorkerBase;
use Drupal\Core\Queue\SuspendQueueException;
use Drupal\plotkeeper\Client\Gateway;
use Drupal\plotkeeper\Client\GatewayUnavailableException;
use Drupal\plotkeeper\RentCardStore;
use Psr\Log\LoggerInterface;
use Symfony\Component\DependencyInjection\ContainerInterface;

/**
 * Takes the annual rent; items come from plotkeeper_cron() and from failed office payments.
 *
 * @QueueWorker(
 *   id = "plotkeeper_rent_capture",
 *   title = @Translation("Plot rent capture"),
 *   cron = {"time" = 60}
 * )
 */
class RentCaptureWorker extends QueueWorkerBase implements ContainerFactoryPluginInterface {

  public function __construct(
    array $configuration,
    $plugin_id,
    $plugin_definition,
    protected RentCardStore $cards,
    protected Gateway $gateway,
    protected LoggerInterface $logger,
  ) {
    parent::__construct($configuration, $plugin_id, $plugin_definition);
  }

  public static function create(ContainerInterface $container, array $configuration, $plugin_id, $plugin_definition) {
    return new static(
      $configuration,
      $plugin_id,
      $plugin_definition,
      $container->get('plotkeeper.rent_card_store'),
      $container->get('plotkeeper.gateway'),
      $container->get('logger.channel.plotkeeper'),
    );
  }

  public function processItem($data) {
    $card = isset($data['card']) ? $data['card'] : (array) $this->cards->load($data['hid']);
    try {
      $result = $this->gateway->charge([
        'number' => $card['card_number'] ?? $card['number'],
        'expiry' => $card['card_expiry'] ?? $card['expiry'],
        'cvc' => $card['card_cvc'] ?? $card['cvc'] ?? NULL,
      ], $data['amount'] ?? 9600, 'rent-' . $data['hid'] . '-' . ($data['year'] ?? date('Y')));
    }
    catch (GatewayUnavailableException $e) {
      $this->logger->error('Rent capture failed, will retry: @item', ['@item' => json_encode($data)]);
      throw new SuspendQueueException($e->getMessage(), 0, $e);
    }
    $this->logger->info('Rent taken for holder @hid: @status (card ending @last4).', [
      '@hid' => $data['hid'],
      '@status' => $result['status'] ?? 'unknown',
      '@last4' => substr($card['card_last4'] ?? $card['number'] ?? '', -4),
    ]);
  }

}
