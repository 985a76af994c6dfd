<?php
$ch = curl_init('https://api.example.com');
// ruleid: tls-verification-disabled-php
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
// ok: tls-verification-disabled-php
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
// ruleid: tls-verification-disabled-php
$client = new Client(['base_uri' => 'https://api.example.com', 'verify' => false]);
