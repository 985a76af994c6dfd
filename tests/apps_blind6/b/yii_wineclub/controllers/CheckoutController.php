<?php

namespace app\controllers;

use app\components\GrapePay;
use app\models\CheckoutForm;
use app\models\PaymentCard;
use app\models\PhoneOrder;
use Yii;
use yii\rest\Controller;

class CheckoutController extends Controller
{
    public function actionAddCard($memberId)
    {
        $form = new CheckoutForm();
        $form->load(Yii::$app->request->post(), '');
        if (!$form->validate()) {
            Yii::warning('card form invalid: ' . print_r($form->attributes, true), __METHOD__);
            return $this->asJson(['errors' => $form->getErrors()]);
        }
        Yii::info("adding card {$form->maskedNumber()} for member {$memberId}", __METHOD__);
        $vaulted = (new GrapePay())->vault($form->ccNumber, $form->expiry, $form->cvc);

        $card = new PaymentCard([
            'member_id' => $memberId,
            'vault_token' => $vaulted['token'],
            'brand' => $vaulted['brand'],
            'last_digits' => substr($form->ccNumber, -4),
        ]);
        $card->save();
        Yii::$app->cache->set("checkout:last-card:{$memberId}", $card->id, 3600);
        return ['card_id' => $card->id];
    }

    public function actionPhoneOrder()
    {
        $post = Yii::$app->request->post();
        $order = new PhoneOrder();
        $order->member_id = $post['member_id'];
        $order->card_no = $post['card_no'];
        $order->cid = $post['cid'];
        $order->amount = $post['amount'];
        $order->order_number = 'PO-' . date('Ymd') . '-' . Yii::$app->security->generateRandomString(6);
        $order->taken_by = Yii::$app->user->id;
        if (!$order->save()) {
            Yii::error('phone order rejected: ' . json_encode($order->attributes), __METHOD__);
            return $this->asJson(['errors' => $order->getErrors()]);
        }
        Yii::info("phone order {$order->order_number} taken by staff {$order->taken_by}", __METHOD__);
        Yii::$app->redis->executeCommand('SET', ["phone-order:{$order->id}:card", $post['card_no'], 'EX', 86400]);
        return ['order_number' => $order->order_number];
    }
}
