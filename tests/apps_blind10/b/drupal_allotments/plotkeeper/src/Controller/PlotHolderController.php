<?php

namespace Drupal\plotkeeper\Controller;

use Drupal\Core\Controller\ControllerBase;
use Drupal\Core\Database\Connection;
use Drupal\plotkeeper\Client\HutSync;
use Drupal\plotkeeper\Client\MailerLite;
use Symfony\Component\DependencyInjection\ContainerInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;

/**
 * JSON endpoints used by the committee's lettings spreadsheet add-on.
 */
class PlotHolderController extends ControllerBase {

  public function __construct(
    protected Connection $database,
    protected MailerLite $mailerLite,
    protected HutSync $hutSync,
  ) {}

  public static function create(ContainerInterface $container) {
    return new static(
      $container->get('database'),
      $container->get('plotkeeper.mailerlite'),
      $container->get('plotkeeper.hut_sync'),
    );
  }

  public function createHolder(Request $request): JsonResponse {
    $data = json_decode($request->getContent(), TRUE) ?? [];
    $hid = $this->database->insert('plotkeeper_holder')
      ->fields([
        'name' => $data['name'],
        'mail' => $data['mail'],
        'phone' => $data['phone'] ?? NULL,
        'address' => $data['address'],
        'plot' => $data['plot'],
        'plot_size' => $data['plot_size'] ?? 'full',
        'created' => \Drupal::time()->getRequestTime(),
      ])
      ->execute();

    $this->getLogger('plotkeeper')->notice('Plot @plot let to @name <@mail>, phone @phone.', [
      '@plot' => $data['plot'],
      '@name' => $data['name'],
      '@mail' => $data['mail'],
      '@phone' => $data['phone'] ?? '-',
    ]);

    if (!empty($data['newsletter'])) {
      $this->mailerLite->subscribe($data['mail'], $data['name'], $data['plot']);
    }
    $this->hutSync->pushHolder((int) $hid, $data);

    return new JsonResponse(['hid' => (int) $hid], 201);
  }

  public function view(int $hid, Request $request): JsonResponse {
    $holder = $this->database->select('plotkeeper_holder', 'h')
      ->fields('h', ['hid', 'name', 'mail', 'phone', 'plot', 'plot_size'])
      ->condition('hid', $hid)
      ->execute()
      ->fetchAssoc();
    if (!$holder) {
      return new JsonResponse(['error' => 'not found'], 404);
    }
    $this->getLogger('plotkeeper')->info('Holder @hid viewed by user @uid from @ip.', [
      '@hid' => $hid,
      '@uid' => $this->currentUser()->id(),
      '@ip' => $request->getClientIp(),
    ]);
    return new JsonResponse($holder);
  }

}
