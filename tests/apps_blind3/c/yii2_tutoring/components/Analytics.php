<?php

namespace app\components;

use app\models\Student;
use Mixpanel;
use yii\base\Component;

class Analytics extends Component
{
    public string $token = '';
    private ?Mixpanel $mp = null;

    private function mp(): Mixpanel
    {
        return $this->mp ??= Mixpanel::getInstance($this->token, ['host' => 'api-eu.mixpanel.com']);
    }

    public function studentEnrolled(Student $student, string $subject): void
    {
        $mp = $this->mp();
        $mp->people->set((string) $student->id, [
            '$first_name' => $student->first_name,
            '$last_name' => $student->last_name,
            '$email' => $student->email,
            '$phone' => $student->phone,
            'guardian_email' => $student->guardian_email,
            'school_year' => $student->school_year,
        ]);
        $mp->track('Student Enrolled', ['distinct_id' => (string) $student->id, 'subject' => $subject]);
    }

    public function lessonBooked(int $studentId, string $subject, string $tutorId): void
    {
        $this->mp()->track('Lesson Booked', [
            'distinct_id' => (string) $studentId,
            'subject' => $subject,
            'tutor' => $tutorId,
        ]);
    }

    public function newsletterSignup(string $email): void
    {
        $this->mp()->track('Newsletter Signup', ['distinct_id' => hash('sha256', strtolower(trim($email)))]);
    }
}
