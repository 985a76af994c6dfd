<?php
// Candidates only: the scanner keeps a match when the class holds card data (scanner/code/classes.py).
class CheckoutController extends Controller
{
    public function actionAddCard($memberId)
    {
        $form = new CheckoutForm();
        $form->load(Yii::$app->request->post(), '');
        // ruleid: card-data-logging-php-card-model
        Yii::warning('card form invalid: ' . print_r($form->attributes, true), __METHOD__);
        // ok: card-data-logging-php-card-model
        Yii::info("adding card for member {$memberId}", __METHOD__);
    }

    public function refund(PhoneOrder $order)
    {
        // ruleid: card-data-logging-php-card-model
        Log::info('Phone order refunded', ['order' => $order->toArray()]);
        // ruleid: card-data-logging-php-card-model
        log_message('error', 'rejected: ' . json_encode($order));
        // ok: card-data-logging-php-card-model
        Log::info('Refund issued', ['order_id' => $order->id]);
    }
}
