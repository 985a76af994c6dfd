<?php
// Candidates only: the scanner keeps a match when the class holds personal data (scanner/code/classes.py).
class CheckoutController extends Controller
{
    public function actionAddCard($memberId)
    {
        $form = new CheckoutForm();
        $form->load(Yii::$app->request->post(), '');
        // ruleid: pii-logging-php-person-model
        Yii::warning('card form invalid: ' . print_r($form->attributes, true), __METHOD__);
        // ok: pii-logging-php-person-model
        Yii::info("adding card for member {$memberId}", __METHOD__);
    }

    public function refund(PhoneOrder $order)
    {
        // ruleid: pii-logging-php-person-model
        Log::info('Phone order refunded', ['order' => $order->toArray()]);
        // ruleid: pii-logging-php-person-model
        log_message('error', 'rejected: ' . json_encode($order));
        // ok: pii-logging-php-person-model
        Log::info('Refund issued', ['order_id' => $order->id]);
    }

    public function created(Rider $rider): void
    {
        // ruleid: pii-logging-php-person-model
        Log::channel('audit')->info('rider registered', ['rider' => $rider->toArray()]);
        // ok: pii-logging-php-person-model
        Log::channel('audit')->info('rider registered', ['rider_id' => $rider->id]);
    }
}
