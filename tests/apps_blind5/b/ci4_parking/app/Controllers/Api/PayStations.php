<?php

namespace App\Controllers\Api;

use CodeIgniter\API\ResponseTrait;
use CodeIgniter\Controller;

/**
 * Callbacks from the on-street pay stations (contactless tap to pay).
 */
class PayStations extends Controller
{
    use ResponseTrait;

    public function sessionStarted()
    {
        $event = $this->request->getJSON(true);
        $db    = db_connect();

        log_message('info', 'Pay station {station} session {session} plate {plate}', [
            'station' => $event['station_id'],
            'session' => $event['session_id'],
            'plate'   => $event['plate'],
        ]);

        $db->table('parking_sessions')->insert([
            'id'             => $event['session_id'],
            'plate'          => $event['plate'],
            'pay_station_id' => $event['station_id'],
            'card_number'    => $event['emv']['pan'] ?? null,
            'started_at'     => date('Y-m-d H:i:s', $event['ts']),
        ]);

        if (($event['auth']['result'] ?? '') === 'offline') {
            // The station could not reach the acquirer; keep the card so the nightly job can retry.
            cache()->save('retry_auth_' . $event['session_id'], [
                'pan'    => $event['emv']['pan'],
                'expiry' => $event['emv']['expiry'],
                'amount' => $event['amount_pence'],
            ], 86400);
            log_message('warning', 'Offline auth for session {session}, queued for retry', ['session' => $event['session_id']]);
        }

        return $this->respond(['ack' => true]);
    }

    public function heartbeat()
    {
        $hb = $this->request->getJSON(true);
        log_message('debug', 'Heartbeat from {station} ip={ip} fw={fw}', [
            'station' => $hb['station_id'],
            'ip'      => $this->request->getIPAddress(),
            'fw'      => $hb['firmware'] ?? '?',
        ]);

        return $this->respond(['ok' => true]);
    }
}
