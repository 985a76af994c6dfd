<?php

namespace Drupal\plotkeeper\Client;

use Drupal\Core\Config\ConfigFactoryInterface;
use GuzzleHttp\ClientInterface;

/**
 * MailerLite: the association newsletter (seed swaps, work parties, AGM).
 */
class MailerLite {

  protected string $groupId;

  public function __construct(protected ClientInterface $httpClient, ConfigFactoryInterface $configFactory) {
    $this->groupId = (string) $configFactory->get('plotkeeper.settings')->get('mailerlite.group_id');
  }

  public function subscribe(string $mail, string $name, string $plot): void {
    [$first, $last] = array_pad(explode(' ', $name, 2), 2, '');
    $this->httpClient->request('POST', 'https://connect.mailerlite.com/api/subscribers', [
      'headers' => ['Authorization' => 'Bearer ' . getenv('MAILERLITE_TOKEN')],
      'json' => [
        'email' => $mail,
        'fields' => ['name' => $first, 'last_name' => $last, 'plot' => $plot],
        'groups' => [$this->groupId],
      ],
    ]);
  }

}
