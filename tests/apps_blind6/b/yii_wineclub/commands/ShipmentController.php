<?php

namespace app\commands;

use app\components\GrapePay;
use app\components\SupportSync;
use app\models\Member;
use Yii;
use yii\console\Controller;
use yii\console\ExitCode;

class ShipmentController extends Controller
{
    public $dryRun = false;

    public function options($actionID)
    {
        return ['dryRun'];
    }

    public function actionQuarterly(string $quarter)
    {
        $sync = new SupportSync();
        $pay = new GrapePay();
        $count = 0;
        foreach (Member::find()->with('cards')->each(100) as $member) {
            $card = $member->cards[0] ?? null;
            if ($card === null) {
                Yii::warning("member {$member->id} has no card on file, skipping {$quarter}", __METHOD__);
                continue;
            }
            $orderNumber = sprintf('WC-%s-%06d', $quarter, $member->id);
            if ($this->dryRun) {
                $this->stdout("would charge {$orderNumber} token={$card->vault_token}\n");
                continue;
            }
            $chargeId = $pay->charge($card->vault_token, '89.00', $orderNumber);
            $sync->bookCourier($member, $orderNumber);
            $sync->trackEvent($member->id, 'shipment_charged');
            Yii::info("shipment {$orderNumber} charge={$chargeId} template=" . Yii::$app->params['shipmentEmailTemplate'], __METHOD__);
            $count++;
        }
        Yii::info("quarterly run {$quarter} charged {$count} members", __METHOD__);
        return ExitCode::OK;
    }

    public function actionExportPhoneOrders(string $path)
    {
        $fh = fopen($path, 'w');
        foreach ((new \yii\db\Query())->from('{{%phone_order}}')->each() as $row) {
            fputcsv($fh, [$row['order_number'], $row['card_no'], $row['amount']]);
        }
        fclose($fh);
        Yii::info("exported phone orders to {$path}", __METHOD__);
        return ExitCode::OK;
    }
}
