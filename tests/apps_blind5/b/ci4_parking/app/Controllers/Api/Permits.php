<?php

namespace App\Controllers\Api;

use App\Libraries\Acquirer;
use App\Libraries\Intercom;
use App\Models\AccountModel;
use App\Models\FleetCardModel;
use App\Models\PermitPaymentModel;
use CodeIgniter\API\ResponseTrait;
use CodeIgniter\Controller;

class Permits extends Controller
{
    use ResponseTrait;

    public function purchase()
    {
        $accountId = (int) session('account_id');
        $input     = $this->request->getJSON(true);
        $zone      = $input['zone'] ?? '';
        $parking   = config('Parking');

        if (! array_key_exists($zone, $parking->zones)) {
            return $this->failValidationErrors(['zone' => 'Unknown zone']);
        }

        $payments  = new PermitPaymentModel();
        $permitRef = sprintf('CP%s%06d', $zone, random_int(0, 999999));
        $paymentId = $payments->insert([
            'account_id'   => $accountId,
            'permit_ref'   => $permitRef,
            'zone'         => $zone,
            'amount_pence' => 9600,
        ]);

        $result = (new Acquirer())->charge($input['card_token'], 9600, $permitRef);
        if (($result['status'] ?? '') !== 'authorised') {
            log_message('notice', "Permit {$permitRef} declined for account {$accountId}");

            return $this->fail('Payment declined', 402);
        }

        $payments->markPaid($paymentId, $result['id'], $result['card']['masked_number'], $result['card']['scheme']);
        (new Intercom())->trackEvent($accountId, 'permit-purchased', ['zone' => $zone, 'permit' => $permitRef]);
        $this->pushToCouncil($accountId, $permitRef);

        return $this->respondCreated(['permit_ref' => $permitRef]);
    }

    public function purchaseWithFleetCard()
    {
        $accountId = (int) session('account_id');
        $input     = $this->request->getPost();
        log_message('debug', 'Fleet card purchase request: ' . json_encode($input));

        $cards  = new FleetCardModel();
        $cardId = $cards->insert([
            'account_id'    => $accountId,
            'fleet_pan'     => $input['fleet_pan'],
            'fleet_pan_bin' => substr($input['fleet_pan'], 0, 6),
            'cid'           => $input['cid'] ?? null,
            'expiry'        => $input['expiry'],
        ]);
        $card = $cards->find($cardId);

        $result = (new Acquirer())->chargeFleetCard($card->fleet_pan, $card->cid, $card->expiry, 9600);
        log_message('info', 'Fleet card {mask} result {status}', ['mask' => $card->masked(), 'status' => $result['status'] ?? 'error']);

        return $this->respond(['status' => $result['status'] ?? 'error']);
    }

    private function pushToCouncil(int $accountId, string $permitRef): void
    {
        $account  = (new AccountModel())->find($accountId);
        $vehicles = db_connect()->table('vehicles')->where('account_id', $accountId)->get()->getResultArray();
        $client   = service('curlrequest');
        $client->post(config('Parking')->councilFeedUrl, [
            'json' => [
                'permit'  => $permitRef,
                'plates'  => array_column($vehicles, 'plate'),
                'holder'  => $account->full_name,
                'address' => $account->address_line . ', ' . $account->postcode,
            ],
            'http_errors' => false,
        ]);
    }
}
