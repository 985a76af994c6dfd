<?php
declare(strict_types=1);

namespace App\Mailer;

use App\Model\Entity\Customer;
use App\Model\Entity\Order;
use Cake\Log\Log;
use Cake\Mailer\Mailer;
use Cake\Routing\Router;

class OrderMailer extends Mailer
{
    public const TEMPLATE_CONFIRMATION = 'order_confirmation';
    public const TEMPLATE_RESET = 'password_reset';

    public function confirmation(Order $order): void
    {
        $this
            ->setTo($order->customer->email, $order->customer->full_name)
            ->setSubject(sprintf('Pages & Co order %s', $order->number))
            ->setEmailFormat('both')
            ->setViewVars(['order' => $order])
            ->viewBuilder()
            ->setTemplate(self::TEMPLATE_CONFIRMATION);
    }

    public function passwordReset(Customer $customer, string $token): void
    {
        $this
            ->setTo($customer->email)
            ->setSubject('Reset your Pages & Co password')
            ->setViewVars(['url' => Router::url(['controller' => 'Accounts', 'action' => 'reset', $token], true)])
            ->viewBuilder()
            ->setTemplate(self::TEMPLATE_RESET);
    }

    public function implementedEvents(): array
    {
        return [];
    }

    protected function logDelivery(string $template, int $orderId, bool $ok): void
    {
        Log::info(sprintf('mail template=%s order_id=%d delivered=%s', $template, $orderId, $ok ? 'yes' : 'no'), ['scope' => 'mail']);
    }
}
