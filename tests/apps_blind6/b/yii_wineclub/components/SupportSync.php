<?php

namespace app\components;

use app\models\Member;
use Yii;
use yii\base\Component;
use yii\httpclient\Client;

class SupportSync extends Component
{
    public function pushContact(Member $member): void
    {
        $client = new Client(['baseUrl' => 'https://api.intercom.io']);
        $response = $client->createRequest()
            ->setMethod('POST')
            ->setUrl('contacts')
            ->setHeaders(['Authorization' => 'Bearer ' . Yii::$app->params['intercomToken']])
            ->setFormat(Client::FORMAT_JSON)
            ->setData([
                'role' => 'user',
                'external_id' => (string) $member->id,
                'email' => $member->email,
                'name' => $member->getFullName(),
                'phone' => $member->phone,
            ])
            ->send();
        Yii::info("intercom contact sync member={$member->id} status={$response->statusCode}", 'support');
    }

    public function trackEvent(int $memberId, string $event): void
    {
        $client = new Client(['baseUrl' => 'https://api.intercom.io']);
        $client->post('events', ['event_name' => $event, 'user_id' => (string) $memberId, 'created_at' => time()])
            ->setHeaders(['Authorization' => 'Bearer ' . Yii::$app->params['intercomToken']])
            ->setFormat(Client::FORMAT_JSON)
            ->send();
    }

    public function bookCourier(Member $member, string $orderNumber): void
    {
        $client = new Client(['baseUrl' => Yii::$app->params['courierBaseUrl']]);
        $client->post('pickups', [
            'reference' => $orderNumber,
            'recipient' => $member->getFullName(),
            'address' => $member->shipping_address,
            'phone' => $member->phone,
            'adult_signature' => true,
        ])->send();
    }
}
