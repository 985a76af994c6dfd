<?php

namespace App\Filters;

use CodeIgniter\Filters\FilterInterface;
use CodeIgniter\HTTP\RequestInterface;
use CodeIgniter\HTTP\ResponseInterface;
use Config\Services;

/**
 * Pay stations authenticate with a per-station HMAC key.
 */
class StationAuth implements FilterInterface
{
    public function before(RequestInterface $request, $arguments = null)
    {
        $stationId = $request->getHeaderLine('X-Station-Id');
        $signature = $request->getHeaderLine('X-Station-Signature');
        $key       = env('station.key.' . $stationId);

        if ($key === null || ! hash_equals(hash_hmac('sha256', (string) $request->getBody(), $key), $signature)) {
            log_message('warning', 'Rejected station request from {station} at {ip}', [
                'station' => $stationId ?: 'unknown',
                'ip'      => $request->getIPAddress(),
            ]);

            return Services::response()->setStatusCode(401);
        }
    }

    public function after(RequestInterface $request, ResponseInterface $response, $arguments = null)
    {
    }
}
