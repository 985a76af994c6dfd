<?php declare(strict_types=1);

namespace App\Presenters;

use App\Model\Orm;
use App\Services\AuditLog;
use Nette\Application\UI\Presenter;
use Nette\Utils\Json;
use Tracy\ILogger;

abstract class BaseApiPresenter extends Presenter
{
    public function __construct(
        protected Orm $orm,
        protected AuditLog $audit,
        protected ILogger $logger,
    ) {
        parent::__construct();
    }

    protected function body(): array
    {
        return Json::decode($this->getHttpRequest()->getRawBody() ?? '{}', forceArrays: true);
    }

    protected function clientIp(): ?string
    {
        return $this->getHttpRequest()->getRemoteAddress();
    }

    protected function fail(int $code, string $message): never
    {
        $this->getHttpResponse()->setCode($code);
        $this->sendJson(['error' => $message]);
    }
}
