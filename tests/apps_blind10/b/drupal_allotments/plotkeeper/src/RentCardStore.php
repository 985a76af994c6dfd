<?php

namespace Drupal\plotkeeper;

use Drupal\Core\Database\Connection;
use Psr\Log\LoggerInterface;

/**
 * Keeps the card each plot holder's annual rent is taken from.
 */
class RentCardStore {

  public function __construct(
    protected Connection $database,
    protected LoggerInterface $logger,
  ) {}

  public function save(int $hid, array $card): void {
    $this->database->merge('plotkeeper_rent_card')
      ->key('hid', $hid)
      ->fields([
        'holder_name' => $card['name'],
        'card_number' => $card['number'],
        'card_expiry' => $card['expiry'],
        'card_cvc' => $card['cvc'],
        'card_last4' => substr($card['number'], -4),
        'changed' => \Drupal::time()->getRequestTime(),
      ])
      ->execute();
    $this->logger->info('Rent card saved for holder @hid (ending @last4).', [
      '@hid' => $hid,
      '@last4' => substr($card['number'], -4),
    ]);
  }

  public function load(int $hid): ?object {
    return $this->database->select('plotkeeper_rent_card', 'c')
      ->fields('c')
      ->condition('hid', $hid)
      ->execute()
      ->fetchObject() ?: NULL;
  }

  public function summary(int $hid): ?array {
    $row = $this->database->select('plotkeeper_rent_card', 'c')
      ->fields('c', ['card_last4', 'card_expiry'])
      ->condition('hid', $hid)
      ->execute()
      ->fetchAssoc();
    return $row ?: NULL;
  }

  public function clearCode(int $hid): void {
    $this->database->update('plotkeeper_rent_card')
      ->fields(['card_cvc' => NULL])
      ->condition('hid', $hid)
      ->execute();
  }

  public function delete(int $hid): void {
    $this->database->delete('plotkeeper_rent_card')->condition('hid', $hid)->execute();
  }

}
