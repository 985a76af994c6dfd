<?php
$ch = curl_init('https://api.example.com');
// ruleid: tls-verification-disabled-php
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
// ok: tls-verification-disabled-php
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, true);
// ruleid: tls-verification-disabled-php
$client = new Client(['base_uri' => 'https://api.example.com', 'verify' => false]);

function syncContact($client, $customer)
{
    // ruleid: personal-data-over-http-php
    $client->post("http://crm.example.com/contacts", ['json' => ['email' => $customer->email]]);
    // ok: personal-data-over-http-php
    $client->post("https://crm.example.com/contacts", ['json' => ['email' => $customer->email]]);
    // ok: personal-data-over-http-php
    $client->post("http://localhost:8000/contacts", ['json' => ['email' => $customer->email]]);
    // ok: personal-data-over-http-php
    $client->post("http://crm.example.com/ping", ['json' => ['plan' => $customer->plan]]);
    // ruleid: personal-data-over-http-php
    Http::post("http://vault.example.com/cards", ['card_number' => $customer->card_number]);
    // ruleid: personal-data-over-http-php
    $body = file_get_contents("http://crm.example.com/lookup?email=" . urlencode($customer->email));
}

function scanPassport($http, $guzzle, $imageBase64)
{
    // ruleid: tls-verification-disabled-php
    $http->request('POST', 'https://ocr.example.com/v2/passport', ['json' => ['image' => $imageBase64], 'verify_peer' => false]);
    // ruleid: tls-verification-disabled-php
    $guzzle->request('POST', 'https://ocr.example.com/v2/passport', ['verify' => false]);
    // ruleid: tls-verification-disabled-php
    $resp = Http::withoutVerifying()->post('https://ocr.example.com/v2/passport', ['image' => $imageBase64]);
    // ok: tls-verification-disabled-php
    $http->request('POST', 'https://ocr.example.com/v2/passport', ['json' => ['image' => $imageBase64], 'verify_peer' => true]);
}

function syncToGp($patient)
{
    // ruleid: personal-data-over-http-php
    Http::post('http://gp-connect.trust.local/api/patients', ['name' => $patient->first_name, 'dob' => $patient->date_of_birth]);
}

function changePassword($host, $postdata)
{
    $ch = curl_init($host . '/CMD_API_PASSWD');
    // ruleid: tls-verification-disabled-php
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, false);
    // ok: tls-verification-disabled-php
    curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 2);
}

function pushReceipt(array $student, string $ref)
{
    $ch = curl_init('http://crm.billing-partner.example/receipts');
    curl_setopt($ch, CURLOPT_POST, true);
    // ruleid: personal-data-over-http-php
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['email' => $student['email'], 'ref' => $ref]));
    $ok = curl_init('https://crm.billing-partner.example/receipts');
    // ok: personal-data-over-http-php
    curl_setopt($ok, CURLOPT_POSTFIELDS, http_build_query(['email' => $student['email'], 'ref' => $ref]));
    $opts = [
        CURLOPT_POST => true,
        // ruleid: tls-verification-disabled-php
        CURLOPT_SSL_VERIFYPEER => false,
        // ok: tls-verification-disabled-php
        CURLOPT_TIMEOUT => 0,
    ];
    // ruleid: tls-verification-disabled-php
    wp_remote_post($url, ['body' => $payload, 'sslverify' => false]);
    // ok: tls-verification-disabled-php
    wp_remote_post($url, ['body' => $payload, 'sslverify' => true]);
}

// CakePHP's HTTP client takes its own option names.
$labels = new \Cake\Http\Client([
    'timeout' => 15,
    // ruleid: tls-verification-disabled-php
    'ssl_verify_peer' => false,
    // one finding per option array: the peer check above already is one
    // ok: tls-verification-disabled-php
    'ssl_verify_host' => false,
]);
$names = new \Cake\Http\Client([
    // ruleid: tls-verification-disabled-php
    'ssl_verify_host' => false,
]);
$tracking = new \Cake\Http\Client([
    // ok: tls-verification-disabled-php
    'ssl_verify_peer' => true,
]);

final class LabelClient
{
    public function __construct(private HttpClientInterface $badges, private HttpClientInterface $httpClient)
    {
    }

    public function create(Order $order, Customer $customer): void
    {
        // ruleid: personal-data-to-configured-url-php
        $this->http->post(Configure::read('Shipping.endpoint') . '/labels', ['recipient' => ['phone' => $customer->phone]]);
        // ok: personal-data-to-configured-url-php
        $this->http->post(Configure::read('Shipping.endpoint') . '/labels', ['reference' => $order->number]);
        // ruleid: personal-data-to-configured-url-php
        Http::withToken($t)->post(config('services.ledger.url'), ['email' => $customer->email]);
        // ruleid: personal-data-to-configured-url-php
        service('curlrequest')->post(config('Permits')->registryFeedUrl, ['json' => ['holder' => $customer->full_name]]);
        // ok: personal-data-to-configured-url-php
        service('curlrequest')->post(config('Permits')->registryFeedUrl, ['json' => ['permit' => $order->number]]);
        // ruleid: personal-data-to-configured-url-php
        Http::baseUrl(config('services.arena_board.url'))->timeout(5)->post('/slots', ['rider' => $customer->full_name]);
        // ruleid: personal-data-to-configured-url-php
        Http::withToken($t)->baseUrl(config('services.arena_board.url'))->post('/slots', ['phone' => $customer->phone]);
        // ok: personal-data-to-configured-url-php
        Http::baseUrl(config('services.arena_board.url'))->timeout(5)->post('/slots', ['arena' => $order->arena]);
        // ok: personal-data-to-configured-url-php
        Http::baseUrl(config('services.arena_board.url'))->get('/slots', ['rider' => $customer->full_name]);
        // ruleid: personal-data-to-scoped-client-php
        $this->badges->request('POST', '/print', ['json' => ['line1' => $customer->getFullName()]]);
        // ok: personal-data-to-scoped-client-php
        $this->badges->request('POST', '/print', ['json' => ['qr' => 'ATT-'.$customer->getId()]]);
        // ok: personal-data-to-scoped-client-php
        $this->httpClient->request('POST', '/print', ['json' => ['line1' => $customer->getFullName()]]);
    }
}

class FleetAcquirer
{
    public function charge(string $pan, int $amount): array
    {
        $client = service('curlrequest', [
            'baseURI' => 'https://acquirer.example/api/',
            // ruleid: tls-verification-disabled-php
            'verify'  => false,
            'timeout' => 20,
        ]);
        return json_decode($client->post('charge', ['form_params' => ['pan' => $pan, 'amount' => $amount]])->getBody(), true);
    }

    public function rules(): array
    {
        // ok: tls-verification-disabled-php
        return ['email' => 'required', 'verify' => false, 'terms' => true];
    }
}

class SupportSync
{
    public function bookCourier(Member $member, string $orderNumber): void
    {
        $client = new Client(['baseUrl' => Yii::$app->params['courierBaseUrl']]);
        // ruleid: personal-data-to-configured-url-php
        $client->post('pickups', [
            'reference' => $orderNumber,
            'phone' => $member->phone,
        ])->send();
        // ok: personal-data-to-configured-url-php
        $client->post('pickups', ['reference' => $orderNumber])->send();
    }
}
