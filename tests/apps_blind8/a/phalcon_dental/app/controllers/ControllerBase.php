<?php

declare(strict_types=1);

namespace SmileDesk\Controllers;

use Phalcon\Mvc\Controller;

/**
 * @property \Phalcon\Logger\Logger $logger
 * @property \Phalcon\Logger\Logger $paymentsLogger
 * @property \SmileDesk\Library\Gateway $gateway
 */
abstract class ControllerBase extends Controller
{
    protected function json(array $payload, int $status = 200): \Phalcon\Http\ResponseInterface
    {
        return $this->response->setStatusCode($status)->setJsonContent($payload);
    }

    protected function staffId(): ?string
    {
        return $this->session->get('staff_id');
    }
}
