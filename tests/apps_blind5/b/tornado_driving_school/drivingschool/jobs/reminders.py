"""Periodic job: lesson reminders and the weekly phone-booking charge run."""
import datetime
import logging

from tornado.ioloop import PeriodicCallback

from drivingschool import settings
from drivingschool.models import Lesson, PhoneBooking, Student
from drivingschool.services import sms

log = logging.getLogger("roadwise.jobs")


async def send_lesson_reminders():
    started = datetime.datetime.utcnow()
    window_end = started + datetime.timedelta(hours=settings.LESSON_REMINDER_HOURS)
    due = (
        Lesson.select(Lesson, Student)
        .join(Student)
        .where(Lesson.starts_at.between(started, window_end), Lesson.reminder_sent == False)  # noqa: E712
        .limit(settings.REMINDER_BATCH_SIZE)
    )
    sent = 0
    for lesson in due:
        student = lesson.student
        ok = await sms.send(
            student.phone,
            f"Reminder: lesson {lesson.starts_at:%a %d %b %H:%M}, pickup {lesson.pickup_area}.",
        )
        if not ok:
            log.warning("reminder not delivered to %s %s (%s)", student.first_name, student.last_name, student.phone)
            continue
        lesson.reminder_sent = True
        lesson.save()
        sent += 1
    log.info("reminders done: %d sent in %.1fs", sent, (datetime.datetime.utcnow() - started).total_seconds())


def pending_phone_bookings():
    rows = PhoneBooking.select().where(PhoneBooking.charged == False)  # noqa: E712
    for booking in rows:
        log.debug("pending phone booking id=%s amount=%s", booking.id, booking.amount)
    return list(rows)


def schedule():
    PeriodicCallback(send_lesson_reminders, 15 * 60 * 1000).start()
