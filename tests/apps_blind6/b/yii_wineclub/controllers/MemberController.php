<?php

namespace app\controllers;

use app\components\SupportSync;
use app\models\Member;
use Yii;
use yii\filters\VerbFilter;
use yii\rest\Controller;
use yii\web\NotFoundHttpException;

class MemberController extends Controller
{
    public function behaviors()
    {
        $behaviors = parent::behaviors();
        $behaviors['verbs'] = ['class' => VerbFilter::class, 'actions' => ['join' => ['POST']]];
        return $behaviors;
    }

    public function actionJoin()
    {
        $member = new Member();
        $member->load(Yii::$app->request->post(), '');
        Yii::info('join attempt: ' . json_encode(Yii::$app->request->post()), __METHOD__);
        if (!$member->save()) {
            Yii::warning(['errors' => $member->getErrors(), 'tier' => $member->tier], __METHOD__);
            return $this->asJson(['errors' => $member->getErrors()]);
        }
        Yii::info("member {$member->id} joined tier {$member->tier}", __METHOD__);
        Yii::info("welcome {$member->getFullName()} born {$member->birth_date}", 'membership');
        (new SupportSync())->pushContact($member);
        Yii::$app->mailer->compose('welcome', ['member' => $member])
            ->setFrom([Yii::$app->params['senderEmail'] => Yii::$app->params['senderName']])
            ->setTo($member->email)
            ->setSubject('Welcome to the club')
            ->send();
        return ['id' => $member->id];
    }

    public function actionUpdateAddress($id)
    {
        $member = Member::findOne($id);
        if ($member === null) {
            Yii::warning("address update for unknown member id={$id}", __METHOD__);
            throw new NotFoundHttpException();
        }
        $old = $member->shipping_address;
        $member->shipping_address = Yii::$app->request->post('address');
        $member->save(false, ['shipping_address']);
        Yii::info("member {$id} moved from '{$old}' to '{$member->shipping_address}'", __METHOD__);
        Yii::info(['event' => 'address_changed', 'member_id' => $id, 'ip' => Yii::$app->request->userIP], 'audit');
        return ['ok' => true];
    }
}
