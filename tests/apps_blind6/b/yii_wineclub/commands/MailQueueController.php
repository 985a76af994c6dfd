<?php

namespace app\commands;

use app\models\Member;
use Yii;
use yii\console\Controller;
use yii\console\ExitCode;
use yii\helpers\Console;

/**
 * Drains the mailer queue kept in redis: each entry is {"member_id":..,"template":..}.
 */
class MailQueueController extends Controller
{
    public $batch = 50;

    public function options($actionID)
    {
        return ['batch'];
    }

    public function actionDrain()
    {
        $sent = 0;
        $failed = 0;
        for ($i = 0; $i < $this->batch; $i++) {
            $raw = Yii::$app->redis->executeCommand('LPOP', ['mailer:queue']);
            if ($raw === null) {
                break;
            }
            $job = json_decode($raw, true);
            $member = Member::findOne($job['member_id']);
            if ($member === null) {
                Yii::warning("mail job for missing member {$job['member_id']} dropped", __METHOD__);
                continue;
            }
            $ok = Yii::$app->mailer->compose($job['template'], ['member' => $member])
                ->setFrom([Yii::$app->params['senderEmail'] => Yii::$app->params['senderName']])
                ->setTo($member->email)
                ->setSubject(Yii::t('mail', $job['template'] . '.subject'))
                ->send();
            if ($ok) {
                $sent++;
            } else {
                $failed++;
                Yii::error("mail job template={$job['template']} member={$member->id} failed", __METHOD__);
                Yii::$app->redis->executeCommand('RPUSH', ['mailer:dead', $raw]);
            }
        }
        $this->stdout("sent {$sent}, failed {$failed}\n", $failed ? Console::FG_YELLOW : Console::FG_GREEN);
        Yii::info("mail queue drained sent={$sent} failed={$failed}", __METHOD__);
        return $failed ? ExitCode::TEMPFAIL : ExitCode::OK;
    }
}
