<?php declare(strict_types=1);

namespace App\Services;

use Nette\Utils\Json;
use RuntimeException;

/** Small cURL helper used by the integrations; certificate checks stay on. */
class JsonHttp
{
    public function post(string $url, array $body, array $headers = []): array
    {
        $ch = curl_init($url);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => Json::encode($body),
            CURLOPT_HTTPHEADER => array_merge(['Content-Type: application/json', 'Accept: application/json'], $headers),
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 15,
            CURLOPT_SSL_VERIFYPEER => true,
            CURLOPT_SSL_VERIFYHOST => 2,
        ]);
        $raw = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);
        if ($raw === false || $status >= 400) {
            throw new RuntimeException("POST $url failed with HTTP $status");
        }
        return $raw === '' ? [] : Json::decode($raw, forceArrays: true);
    }
}
