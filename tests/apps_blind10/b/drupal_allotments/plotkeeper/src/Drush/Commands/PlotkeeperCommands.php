<?php

namespace Drupal\plotkeeper\Drush\Commands;

use Drupal\Core\Database\Connection;
use Drupal\plotkeeper\Client\CouncilReturns;
use Drupal\plotkeeper\Client\Zammad;
use Drupal\plotkeeper\RentCardStore;
use Drush\Attributes as CLI;
use Drush\Commands\AutowireTrait;
use Drush\Commands\DrushCommands;
use Symfony\Component\DependencyInjection\Attribute\Autowire;

final class PlotkeeperCommands extends DrushCommands {

  use AutowireTrait;

  public function __construct(
    protected Connection $database,
    #[Autowire(service: 'plotkeeper.rent_card_store')]
    protected RentCardStore $cards,
    #[Autowire(service: 'plotkeeper.council_returns')]
    protected CouncilReturns $councilReturns,
    #[Autowire(service: 'plotkeeper.zammad')]
    protected Zammad $zammad,
  ) {
    parent::__construct();
  }

  #[CLI\Command(name: 'plotkeeper:council-return')]
  #[CLI\Argument(name: 'year', description: 'Tenancy year to return.')]
  public function councilReturn(int $year): void {
    $holders = $this->database->select('plotkeeper_holder', 'h')->fields('h')->execute()->fetchAll();
    $this->councilReturns->submit($holders, $year);
    $this->logger()->success(dt('Council return for @year sent (@n tenancies).', ['@year' => $year, '@n' => count($holders)]));
  }

  #[CLI\Command(name: 'plotkeeper:inspection')]
  #[CLI\Argument(name: 'plot', description: 'Plot number, e.g. 14B.')]
  #[CLI\Argument(name: 'finding', description: 'What the inspection found.')]
  public function inspection(string $plot, string $finding): void {
    $holder = $this->database->select('plotkeeper_holder', 'h')->fields('h')
      ->condition('plot', $plot)->execute()->fetchObject();
    $ticket = $this->zammad->inspectionTicket($holder, $finding);
    $this->zammad->tagTicket((int) $ticket['id'], 'inspection-' . date('Y'));
    $this->logger()->success(dt('Ticket @id opened for plot @plot.', ['@id' => $ticket['id'], '@plot' => $plot]));
  }

  #[CLI\Command(name: 'plotkeeper:card-report')]
  public function cardReport(): void {
    $rows = $this->database->select('plotkeeper_rent_card', 'c')
      ->fields('c', ['hid', 'card_number', 'card_last4', 'card_expiry'])->execute()->fetchAll();
    foreach ($rows as $row) {
      $this->output()->writeln(sprintf('%d  **** **** **** %s  %s', $row->hid, $row->card_last4, $row->card_expiry));
    }
    $expired = array_filter($rows, fn ($r) => \DateTime::createFromFormat('m/y', $r->card_expiry) < new \DateTime());
    $this->logger()->warning(dt('@n rent cards have expired.', ['@n' => count($expired)]));
  }

}
