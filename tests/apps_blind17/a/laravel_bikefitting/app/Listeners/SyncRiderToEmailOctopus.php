<?php

namespace App\Listeners;

use App\Events\FittingBooked;
use App\Services\EmailOctopus;
use App\Services\MotionLabClient;
use App\Services\SmsGateway;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Support\Facades\Log;

class SyncRiderToEmailOctopus implements ShouldQueue
{
    public string $queue = 'crm';

    public function __construct(
        private EmailOctopus $emailOctopus,
        private MotionLabClient $motionLab,
        private SmsGateway $sms,
    ) {
    }

    public function handle(FittingBooked $event): void
    {
        $rider = $event->session->rider;
        $this->emailOctopus->subscribe($rider);
        $captureId = $this->motionLab->createCapture($event->session);
        $this->sms->send($rider->phone, "Hi {$rider->name}, your {$event->session->package} fit is booked for "
            .$event->session->starts_at->format('D j M H:i').'. Bring your shoes and pedals.');
        Log::info('rider synced after booking', ['rider_id' => $rider->id, 'capture_id' => $captureId]);
        Log::debug('rider synced', $rider->toArray());
    }
}
