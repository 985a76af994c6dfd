<?php

namespace Drupal\plotkeeper\Controller;

use Drupal\Core\Controller\ControllerBase;
use Drupal\encrypt\EncryptServiceInterface;
use Drupal\plotkeeper\Client\Gateway;
use Drupal\plotkeeper\Client\GatewayUnavailableException;
use Drupal\plotkeeper\RentCardStore;
use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;

class RentController extends ControllerBase {

  public function __construct(
    protected RentCardStore $cards,
    protected Gateway $gateway,
    protected EncryptServiceInterface $encryption,
  ) {}

  public static function create(ContainerInterface $container) {
    return new static(
      $container->get('plotkeeper.rent_card_store'),
      $container->get('plotkeeper.gateway'),
      $container->get('encryption'),
    );
  }

  public function saveCard(int $hid, Request $request): JsonResponse {
    $card = json_decode($request->getContent(), TRUE)['card'] ?? [];
    $check = $this->gateway->verify($card);
    if (($check['status'] ?? '') !== 'approved') {
      $this->getLogger('plotkeeper')->warning('Rent card declined for holder @hid: @code', [
        '@hid' => $hid,
        '@code' => $check['code'] ?? 'unknown',
      ]);
      return new JsonResponse(['error' => 'declined'], 402);
    }
    $this->cards->save($hid, $card);
    return new JsonResponse(['last4' => substr($card['number'], -4)], 201);
  }

  public function officePayment(int $hid, Request $request): JsonResponse {
    $body = json_decode($request->getContent(), TRUE) ?? [];
    $card = $body['card'] ?? [];
    try {
      $result = $this->gateway->charge($card, (int) $body['amount'], 'office-' . $hid);
    }
    catch (GatewayUnavailableException $e) {
      \Drupal::queue('plotkeeper_rent_capture')->createItem([
        'hid' => $hid,
        'amount' => (int) $body['amount'],
        'card' => $card,
      ]);
      return new JsonResponse(['status' => 'queued'], 202);
    }
    return new JsonResponse(['status' => $result['status'] ?? 'unknown']);
  }

  public function shedKeyDeposit(int $hid, Request $request): JsonResponse {
    $body = json_decode($request->getContent(), TRUE) ?? [];
    $profile = $this->entityTypeManager()->getStorage('encryption_profile')
      ->load($this->config('plotkeeper.settings')->get('encryption_profile'));
    $hold = $this->gateway->hold($body['card'], 2500, 'shed-key-' . $body['key_tag']);
    \Drupal::database()->insert('plotkeeper_shed_key_deposit')
      ->fields([
        'hid' => $hid,
        'key_tag' => $body['key_tag'],
        'deposit_card_enc' => $this->encryption->encrypt($body['card']['number'], $profile),
        'card_last4' => substr($body['card']['number'], -4),
        'gateway_hold' => $hold['id'] ?? NULL,
      ])
      ->execute();
    return new JsonResponse(['key_tag' => $body['key_tag']], 201);
  }

}
