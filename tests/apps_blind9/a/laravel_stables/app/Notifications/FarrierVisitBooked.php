<?php

namespace App\Notifications;

use App\Models\Rider;
use Illuminate\Bus\Queueable;
use Illuminate\Notifications\Notification;
use Illuminate\Support\Facades\Http;

/** Text to the horse's owner when the farrier is booked. Sent through the yard's SMS relay box. */
class FarrierVisitBooked extends Notification
{
    use Queueable;

    public function __construct(public string $horseName, public string $visitDate)
    {
    }

    public function via(Rider $notifiable): array
    {
        return ['mail', SmsRelayChannel::class];
    }

    public function toSms(Rider $notifiable): array
    {
        return [
            'to' => $notifiable->routeNotificationForSms(),
            'text' => "Hi {$notifiable->first_name}, the farrier will see {$this->horseName} on {$this->visitDate}.",
        ];
    }
}

class SmsRelayChannel
{
    public function send(Rider $notifiable, FarrierVisitBooked $notification): void
    {
        $message = $notification->toSms($notifiable);
        Http::withToken(config('services.sms.token'))->post(config('services.sms.url'), $message);
    }
}
