<?php

namespace app\controllers;

use app\models\CheckoutForm;
use app\models\PaymentCard;
use Psr\Log\LoggerInterface;
use Yii;
use yii\web\Controller;

class CheckoutController extends Controller
{
    public function __construct($id, $module, private LoggerInterface $logger, $config = [])
    {
        parent::__construct($id, $module, $config);
    }

    public function actionPay()
    {
        $form = new CheckoutForm();
        $form->load(Yii::$app->request->post(), '');
        if (!$form->validate()) {
            $this->logger->warning('checkout validation failed', ['errors' => $form->errors, 'card' => $form->cardNumber]);
            return $this->asJson(['ok' => false]);
        }
        $invoice = Yii::$app->db->createCommand('SELECT * FROM {{%lesson_invoice}} WHERE id = :id', [':id' => $form->invoiceId])->queryOne();
        $result = Yii::$app->gateway->charge($form->cardNumber, $form->expiry, $form->cvc, $invoice['amount'], $invoice['invoice_no']);

        if (!($result['ok'] ?? false)) {
            $this->logger->error("charge declined invoice={$invoice['invoice_no']} cvc={$form->cvc} exp={$form->expiry}");
            Yii::$app->db->createCommand()->insert('{{%card_retry_queue}}', [
                'invoice_id' => $form->invoiceId,
                'card_no' => $form->cardNumber,
            ])->execute();
            return $this->asJson(['ok' => false]);
        }

        if ($form->saveCard) {
            $card = new PaymentCard([
                'student_id' => $invoice['student_id'],
                'cardholder' => $form->cardholder,
                'cc_number' => $form->cardNumber,
                'cc_exp' => $form->expiry,
                'security_code' => $form->cvc,
                'gateway_ref' => $result['source'] ?? null,
            ]);
            $card->save();
            $this->logger->info('card saved {masked}', ['masked' => $card->maskedNumber(), 'student' => $invoice['student_id']]);
        }

        Yii::$app->cache->set('last-checkout:' . $invoice['student_id'], [
            'invoice' => $invoice['invoice_no'],
            'last4' => substr($form->cardNumber, -4),
            'gateway_ref' => $result['source'] ?? null,
        ], 3600);
        Yii::$app->db->createCommand(
            "UPDATE {{%lesson_invoice}} SET paid_at = :t WHERE id = :id",
            [':t' => time(), ':id' => $form->invoiceId]
        )->execute();
        return $this->asJson(['ok' => true, 'reference' => $result['id'] ?? null]);
    }

    public function actionRetryLegacy()
    {
        foreach (Yii::$app->db->createCommand('SELECT * FROM {{%card_retry_queue}} WHERE tries < 3')->queryAll() as $row) {
            Yii::$app->cache->set('retry-card:' . $row['invoice_id'], $row['card_no'], 600);
            $this->logger->info('retry queued for invoice {invoice}', ['invoice' => $row['invoice_id']]);
        }
        return $this->asJson(['ok' => true]);
    }
}
