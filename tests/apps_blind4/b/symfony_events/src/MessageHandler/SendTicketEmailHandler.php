<?php

namespace App\MessageHandler;

use App\Message\SendTicketEmail;
use App\Repository\AttendeeRepository;
use Psr\Log\LoggerInterface;
use Symfony\Bridge\Twig\Mime\TemplatedEmail;
use Symfony\Component\Mailer\Exception\TransportExceptionInterface;
use Symfony\Component\Mailer\MailerInterface;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class SendTicketEmailHandler
{
    public function __construct(
        private readonly AttendeeRepository $attendees,
        private readonly MailerInterface $mailer,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function __invoke(SendTicketEmail $message): void
    {
        $attendee = $this->attendees->find($message->attendeeId);
        if (null === $attendee) {
            $this->logger->warning('Attendee {id} gone before ticket mail', ['id' => $message->attendeeId]);

            return;
        }

        $email = (new TemplatedEmail())
            ->to($attendee->getEmail())
            ->subject(sprintf('Your ticket for %s', $attendee->getOrder()?->getEventName()))
            ->htmlTemplate('emails/ticket.html.twig')
            ->context(['attendee' => $attendee, 'order_number' => $message->orderNumber]);

        try {
            $this->mailer->send($email);
        } catch (TransportExceptionInterface $e) {
            $this->logger->error('Ticket mail transport failure for order {order}: {reason}', [
                'order' => $message->orderNumber,
                'reason' => $e->getMessage(),
            ]);
            throw $e;
        }

        $this->logger->notice(sprintf('Ticket %s sent to %s <%s>', $message->orderNumber, $attendee->getFullName(), $attendee->getEmail()));
    }
}
