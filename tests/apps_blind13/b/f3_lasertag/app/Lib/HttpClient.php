<?php
namespace App\Lib;

final class HttpClient
{
    public function __construct(private string $baseUrl, private bool $verifyTls = true, private array $headers = []) {}

    public static function forSection(string $section, array $headers = []): self
    {
        $f3 = \Base::instance();
        return new self(
            rtrim((string) $f3->get($section . '.base_url'), '/'),
            (bool) ($f3->exists($section . '.verify_tls') ? $f3->get($section . '.verify_tls') : true),
            $headers
        );
    }

    public function postJson(string $path, array $payload): array
    {
        $ch = curl_init($this->baseUrl . $path);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_POSTFIELDS => json_encode($payload),
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_TIMEOUT => 15,
            CURLOPT_HTTPHEADER => array_merge(['Content-Type: application/json'], $this->headers),
            CURLOPT_SSL_VERIFYPEER => $this->verifyTls,
            CURLOPT_SSL_VERIFYHOST => $this->verifyTls ? 2 : 0,
        ]);
        $body = curl_exec($ch);
        $status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);
        return [$status, json_decode((string) $body, true) ?? []];
    }
}
