<?php declare(strict_types=1);

namespace App\Presenters;

use App\Model\Visit;
use App\Services\AuditLog;
use App\Services\Gateway;
use App\Services\Partners;
use App\Services\Tracking;
use DateTimeImmutable;
use Tracy\ILogger;

final class VisitsPresenter extends BaseApiPresenter
{
    /** @inject */
    public Gateway $gateway;

    /** @inject */
    public Partners $partners;

    /** @inject */
    public Tracking $tracking;

    public function actionBook(): void
    {
        $data = $this->body();
        $customer = $this->orm->customers->getById((int) $data['customerId']) ?? $this->fail(404, 'unknown customer');

        $visit = new Visit();
        $visit->customer = $customer;
        $visit->scheduledFor = new DateTimeImmutable($data['date']);
        $visit->appliance = $data['appliance'];
        $visit->pricePence = (int) $data['pricePence'];
        $this->orm->persistAndFlush($visit);

        $this->audit->event('visit.booked', [
            'visit' => $visit->id,
            'customer' => $customer->email,
            'ip' => $this->clientIp(),
        ]);
        if (!empty($data['tenant'])) {
            $this->partners->requestTenantAccess($data['tenant']['name'], $data['tenant']['phone'],
                $customer->addressLine . ', ' . $customer->postcode, $data['date']);
        }
        $this->tracking->bookingCreated($customer, $visit->appliance, $visit->pricePence);
        $this->sendJson(['id' => $visit->id, 'status' => $visit->status]);
    }

    /** Engineer's tablet at the end of the job: take payment on the doorstep. */
    public function actionComplete(int $id): void
    {
        $data = $this->body();
        $visit = $this->orm->visits->getById($id) ?? $this->fail(404, 'unknown visit');
        $card = $data['card'];
        $result = $this->gateway->charge($visit->pricePence, 'SF-V' . $visit->id, $card);
        if (($result['status'] ?? '') !== 'succeeded') {
            $this->logger->log(sprintf('visit %d card %s declined: %s', $id, AuditLog::maskPan($card['number']),
                $result['decline_code'] ?? '?'), ILogger::WARNING);
            $this->fail(402, 'card declined');
        }
        $visit->status = 'done';
        $visit->paymentToken = $result['token'] ?? null;
        $visit->cardLast4 = $result['last4'] ?? substr($card['number'], -4);
        $visit->certificateNo = $data['certificateNo'] ?? null;
        $visit->ashPanCondition = $data['ashPan'] ?? null;
        $this->orm->persistAndFlush($visit);

        if (!empty($data['newStove'])) {
            $this->partners->notifyStoveInstall($visit->customer, $data['newStove'], date('Y-m-d'));
        }
        $this->tracking->visitCompleted($visit->customer->id, $visit->appliance);
        $this->audit->event('visit.paid', ['visit' => $id, 'last4' => $visit->cardLast4, 'payment' => $result['id']]);
        $this->sendJson(['ok' => true, 'receipt' => 'Card ending ' . $visit->cardLast4]);
    }
}
