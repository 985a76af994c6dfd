<?php

namespace Drupal\plotkeeper\Client;

use Drupal\Core\Config\ConfigFactoryInterface;
use GuzzleHttp\ClientInterface;

/**
 * Zammad (hosted): plot inspection complaints become tickets for the site secretary.
 */
class Zammad {

  protected string $baseUri;

  public function __construct(protected ClientInterface $httpClient, ConfigFactoryInterface $configFactory) {
    $this->baseUri = $configFactory->get('plotkeeper.settings')->get('zammad.base_uri');
  }

  public function inspectionTicket(object $holder, string $finding): array {
    $ticket = [
      'title' => 'Plot ' . $holder->plot . ' inspection',
      'group' => 'Site secretary',
      'customer_id' => 'guess:' . $holder->mail,
      'article' => [
        'subject' => 'Inspection finding',
        'body' => $finding . "\n\nPlot holder: " . $holder->name . ', ' . $holder->phone,
        'type' => 'note',
        'internal' => FALSE,
      ],
    ];
    $response = $this->httpClient->request('POST', $this->baseUri . 'tickets', [
      'headers' => ['Authorization' => 'Token token=' . getenv('ZAMMAD_TOKEN')],
      'json' => $ticket,
    ]);
    return json_decode((string) $response->getBody(), TRUE) ?? [];
  }

  public function tagTicket(int $ticketId, string $tag): void {
    $this->httpClient->request('POST', $this->baseUri . 'tags/add', [
      'headers' => ['Authorization' => 'Token token=' . getenv('ZAMMAD_TOKEN')],
      'json' => ['object' => 'Ticket', 'o_id' => $ticketId, 'item' => $tag],
    ]);
  }

}
