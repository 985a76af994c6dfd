<?php
namespace App\Controllers;

use App\Lib\Logger;
use App\Models\Deposit;
use App\Models\PendingDeposit;
use App\Vendors\Zapline;
use App\Vendors\ZaplineDeclined;

class Payments
{
    public function deposit(\Base $f3, array $params): void
    {
        $partyId = (int) $params['id'];
        $card = json_decode($f3->get('BODY'), true)['card'] ?? [];
        Logger::withContext(['party' => $partyId, 'card_last4' => substr($card['pan'] ?? '', -4)]);
        try {
            $res = (new Zapline())->charge($card, 5000, 'party-' . $partyId);
        } catch (ZaplineDeclined $e) {
            Logger::channel('payments')->warning('deposit declined: ' . $e->getMessage());
            $pending = new PendingDeposit($f3->get('DB'));
            $pending->party_id = $partyId;
            $pending->card_pan = $card['pan'];
            $pending->card_exp = $card['exp'];
            $pending->card_cvc = $card['cvc'];
            $pending->save();
            \Cache::instance()->set('deposit_card_' . $partyId, $card, 86400);
            $f3->status(402);
            echo json_encode(['error' => 'declined']);
            return;
        }
        $deposit = new Deposit($f3->get('DB'));
        $deposit->copyfrom(['party_id' => $partyId, 'zapline_ref' => $res['ref'], 'card_last4' => $res['last4'],
            'amount_pence' => 5000]);
        $deposit->save();
        \Cache::instance()->set('deposit_status_' . $partyId, ['ref' => $res['ref'], 'last4' => $res['last4']], 3600);
        Logger::channel('payments')->info('deposit captured party=' . $partyId);
        echo json_encode(['status' => 'paid', 'last4' => $res['last4']]);
    }
}
