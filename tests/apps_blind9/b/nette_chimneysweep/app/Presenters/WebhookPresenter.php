<?php declare(strict_types=1);

namespace App\Presenters;

use Nette\Application\UI\Presenter;
use Nette\Utils\Json;
use Tracy\ILogger;

final class WebhookPresenter extends Presenter
{
    public function __construct(private string $secret, private ILogger $logger)
    {
        parent::__construct();
    }

    public function actionCardlink(): void
    {
        $request = $this->getHttpRequest();
        $raw = $request->getRawBody() ?? '';
        $expected = hash_hmac('sha256', $raw, $this->secret);
        if (!hash_equals($expected, (string) $request->getHeader('X-Cardlink-Signature'))) {
            $this->logger->log('cardlink webhook with bad signature from ' . $request->getRemoteAddress(), ILogger::WARNING);
            $this->error('bad signature', 401);
        }
        $event = Json::decode($raw, forceArrays: true);
        $this->logger->log(sprintf('cardlink %s %s', $event['type'], $event['data']['id'] ?? '-'), ILogger::INFO);
        if ($event['type'] === 'payment.chargeback') {
            $this->logger->log($event['data'], ILogger::WARNING);
        }
        $this->sendJson(['received' => true]);
    }
}
