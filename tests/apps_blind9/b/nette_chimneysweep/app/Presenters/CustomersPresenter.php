<?php declare(strict_types=1);

namespace App\Presenters;

use App\Model\Customer;
use App\Services\AuditLog;
use App\Services\Gorgias;
use App\Services\Tracking;
use Nette\Utils\Json;
use Tracy\Debugger;
use Tracy\ILogger;

final class CustomersPresenter extends BaseApiPresenter
{
    /** @inject */
    public Gorgias $gorgias;

    /** @inject */
    public Tracking $tracking;

    public function actionCreate(): void
    {
        $data = $this->body();
        $this->logger->log('New customer from website: ' . Json::encode($data), ILogger::INFO);

        $customer = new Customer();
        $customer->fullName = trim($data['fullName']);
        $customer->email = mb_strtolower(trim($data['email']));
        $customer->phone = $data['phone'];
        $customer->addressLine = $data['address'];
        $customer->postcode = strtoupper($data['postcode']);
        $customer->isLandlord = (bool) ($data['landlord'] ?? false);
        $this->orm->persistAndFlush($customer);

        try {
            $this->gorgias->syncCustomer($customer);
        } catch (\RuntimeException $e) {
            Debugger::log("Gorgias sync failed for {$customer->email} ({$customer->phone}): " . $e->getMessage(), ILogger::WARNING);
        }
        if ($customer->isLandlord) {
            $this->tracking->landlordLead($customer->email, 'cust-' . $customer->id);
        }
        $this->audit->event('customer.created', ['id' => $customer->id, 'landlord' => $customer->isLandlord]);
        $this->getHttpResponse()->setCode(201);
        $this->sendJson(['id' => $customer->id, 'fullName' => $customer->fullName, 'email' => $customer->email]);
    }

    public function actionDetail(int $id): void
    {
        $customer = $this->orm->customers->getById($id) ?? $this->fail(404, 'not found');
        $this->logger->log("customer $id viewed from " . $this->clientIp(), ILogger::INFO);
        $this->sendJson([
            'id' => $customer->id,
            'fullName' => $customer->fullName,
            'email' => $customer->email,
            'phone' => $customer->phone,
            'address' => $customer->addressLine . ', ' . $customer->postcode,
        ]);
    }

    public function actionPortalLogin(): void
    {
        $data = $this->body();
        $customer = $this->orm->customers->getBy(['email' => mb_strtolower($data['email'] ?? '')]);
        if ($customer === null || !hash_equals((string) ($data['code'] ?? ''), $this->loginCode($customer))) {
            $this->logger->log(sprintf('portal login failed for %s from %s', $data['email'] ?? '?', $this->clientIp()), ILogger::WARNING);
            $this->fail(401, 'invalid code');
        }
        $this->getSession('portal')->customerId = $customer->id;
        $this->sendJson(['ok' => true]);
    }

    private function loginCode(Customer $customer): string
    {
        return substr(hash_hmac('sha256', $customer->email . date('Y-m-d'), (string) getenv('PORTAL_SECRET')), 0, 6);
    }
}
