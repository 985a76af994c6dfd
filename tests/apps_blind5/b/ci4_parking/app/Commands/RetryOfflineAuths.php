<?php

namespace App\Commands;

use CodeIgniter\CLI\BaseCommand;
use CodeIgniter\CLI\CLI;

class RetryOfflineAuths extends BaseCommand
{
    protected $group       = 'Billing';
    protected $name        = 'stations:retry-auth';
    protected $description = 'Retries authorisations that pay stations could not complete online.';

    public function run(array $params)
    {
        $db       = db_connect();
        $sessions = $db->table('parking_sessions')
            ->select('id, plate, pay_station_id')
            ->where('auth_status', 'offline')
            ->where('started_at >', date('Y-m-d H:i:s', strtotime('-2 days')))
            ->get()
            ->getResultArray();
        $ok = 0;

        foreach ($sessions as $session) {
            $pending = cache('retry_auth_' . $session['id']);
            if ($pending === null) {
                CLI::write("session {$session['id']}: nothing cached", 'light_gray');
                continue;
            }
            $client   = service('curlrequest', ['baseURI' => config('Parking')->acquirerBaseUrl]);
            $response = $client->post('payments/emv-offline', [
                'headers'     => ['X-Api-Key' => config('Parking')->acquirerApiKey],
                'json'        => ['pan' => $pending['pan'], 'expiry' => $pending['expiry'], 'amount' => $pending['amount']],
                'http_errors' => false,
            ]);
            if ($response->getStatusCode() === 200) {
                $ok++;
                cache()->delete('retry_auth_' . $session['id']);
                $db->table('parking_sessions')->where('id', $session['id'])->update(['auth_status' => 'approved', 'card_number' => null]);
            } else {
                CLI::error("session {$session['id']} retry failed (HTTP {$response->getStatusCode()})");
            }
        }
        log_message('info', 'stations:retry-auth approved {ok} of {n}', ['ok' => $ok, 'n' => count($sessions)]);
        CLI::write("{$ok} of " . count($sessions) . ' approved', 'green');
    }
}
