<?php

namespace app\controllers;

use app\components\AuditTrail;
use app\models\Member;
use app\models\PaymentCard;
use Yii;
use yii\filters\AccessControl;
use yii\rest\Controller;
use yii\web\NotFoundHttpException;

class AdminController extends Controller
{
    public function behaviors()
    {
        return [
            'access' => [
                'class' => AccessControl::class,
                'rules' => [['allow' => true, 'roles' => ['cellarStaff']]],
            ],
        ];
    }

    public function actionTier($id)
    {
        $member = Member::findOne($id) ?? throw new NotFoundHttpException("member {$id}");
        $from = $member->tier;
        $member->tier = Yii::$app->request->post('tier');
        if (!$member->save(true, ['tier'])) {
            Yii::warning("tier change rejected for member {$id}: " . implode('; ', $member->getFirstErrors()), __METHOD__);
            return $this->asJson(['errors' => $member->getErrors()]);
        }
        (new AuditTrail())->memberTierChanged($member->id, $from, $member->tier);
        return ['tier' => $member->tier];
    }

    public function actionRemoveCard($id)
    {
        $card = PaymentCard::findOne($id) ?? throw new NotFoundHttpException("card {$id}");
        $card->delete();
        (new AuditTrail())->cardRemoved($card->member_id, $card->id, $card->last_digits);
        Yii::info("card {$card->id} removed, vault token {$card->vault_token} scheduled for deletion", __METHOD__);
        return ['ok' => true];
    }

    public function actionStats()
    {
        $start = microtime(true);
        $byTier = Member::find()->select(['tier', 'COUNT(*) AS n'])->groupBy('tier')->asArray()->all();
        Yii::info(sprintf('stats computed tiers=%d in %.1fms', count($byTier), (microtime(true) - $start) * 1000), __METHOD__);
        Yii::beginProfile('mailer-queue-size');
        $queued = (int) Yii::$app->redis->executeCommand('LLEN', ['mailer:queue']);
        Yii::endProfile('mailer-queue-size');
        return ['by_tier' => $byTier, 'mail_queue' => $queued];
    }
}
