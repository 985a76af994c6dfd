<?php

namespace app\controllers;

use app\models\Student;
use Psr\Log\LoggerInterface;
use Yii;
use yii\web\BadRequestHttpException;
use yii\web\Controller;

class EnrollmentController extends Controller
{
    public function __construct($id, $module, private LoggerInterface $logger, $config = [])
    {
        parent::__construct($id, $module, $config);
    }

    public function actionCreate()
    {
        $post = Yii::$app->request->post();
        $this->logger->info('enrollment form received', ['form' => $post]);

        $student = new Student();
        $student->load($post, '');
        if (!$student->save()) {
            $this->logger->warning("enrollment rejected for {$student->email}: " . json_encode($student->errors));
            throw new BadRequestHttpException('invalid enrollment');
        }
        Yii::$app->analytics->studentEnrolled($student, $post['subject'] ?? 'maths');
        $this->logger->info('student {id} enrolled', ['id' => $student->id, 'ip' => Yii::$app->request->userIP]);
        return $this->asJson(['id' => $student->id]);
    }

    public function actionGuardianContact(int $id)
    {
        $student = Student::findOne($id);
        $phone = Yii::$app->request->post('phone');
        $this->logger->notice(sprintf(
            'guardian contact changed for %s (born %s): %s / %s',
            $student->getFullName(),
            $student->birth_date,
            $student->guardian_email,
            $phone
        ));
        $student->phone = $phone;
        $student->save(false);
        return $this->asJson(['ok' => true]);
    }

    public function actionTaxDetails(int $id)
    {
        $pan = Yii::$app->request->post('pan');
        if (!preg_match('/^[A-Z]{5}[0-9]{4}[A-Z]$/', (string) $pan)) {
            throw new BadRequestHttpException('PAN must look like ABCDE1234F');
        }
        $this->logger->info('tax PAN format validated for tutor account {id}', ['id' => $id]);
        return $this->asJson(['ok' => true]);
    }
}
