<?php

namespace app\components;

use Yii;
use yii\base\Component;
use yii\httpclient\Client;

class GrapePay extends Component
{
    /** @var Client */
    private $client;

    public function init()
    {
        parent::init();
        $this->client = new Client(['baseUrl' => Yii::$app->params['gatewayBaseUrl']]);
    }

    public function vault(string $number, string $expiry, string $cvc): array
    {
        $response = $this->client->post('vault', [
            'number' => $number,
            'expiry' => $expiry,
            'cvc' => $cvc,
        ])->setFormat(Client::FORMAT_JSON)->send();

        if (!$response->isOk) {
            Yii::error("GrapePay vault failed: HTTP {$response->statusCode} body={$response->content}", __METHOD__);
            throw new \RuntimeException('vault_failed');
        }
        Yii::info(sprintf('vaulted card brand=%s last4=%s', $response->data['brand'], $response->data['last4']), __METHOD__);
        return $response->data;
    }

    public function charge(string $token, string $amount, string $orderNumber): string
    {
        $response = $this->client->post('charges', ['token' => $token, 'amount' => $amount, 'reference' => $orderNumber])
            ->setFormat(Client::FORMAT_JSON)
            ->send();
        Yii::info(['msg' => 'charge result', 'order' => $orderNumber, 'status' => $response->statusCode], __METHOD__);
        return $response->data['id'] ?? '';
    }
}
