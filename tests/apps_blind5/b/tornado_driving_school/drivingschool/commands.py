"""Admin commands: ``python -m drivingschool.commands <name>``."""
import argparse
import csv
import datetime
import logging
import sys

from drivingschool import logging_setup, settings
from drivingschool.models import Lesson, Payment, Student, db

log = logging.getLogger("roadwise.commands")


def export_instructor_sheet(path, day):
    """Daily pickup sheet for instructors: first name, pickup area and phone."""
    lessons = (
        Lesson.select(Lesson, Student)
        .join(Student)
        .where(Lesson.starts_at.between(day, day + datetime.timedelta(days=1)))
        .order_by(Lesson.starts_at)
    )
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["time", "student", "pickup", "phone"])
        for lesson in lessons:
            writer.writerow([f"{lesson.starts_at:%H:%M}", lesson.student.first_name, lesson.pickup_area,
                             lesson.student.phone])
    log.info("pickup sheet for %s written to %s (%d lessons)", day.date(), path, lessons.count())


def revenue_report(month):
    start = datetime.datetime.strptime(month, "%Y-%m")
    end = (start + datetime.timedelta(days=32)).replace(day=1)
    rows = Payment.select().where(Payment.created_at.between(start, end), Payment.status == "succeeded")
    total = sum(p.amount for p in rows)
    print(f"{month}: {rows.count()} payments, £{total:,.2f}")


def anonymise_student(student_id):
    student = Student.get_by_id(student_id)
    student.first_name = "Deleted"
    student.last_name = "User"
    student.email = f"deleted+{student.id}@invalid.roadwise.example"
    student.phone = ""
    student.provisional_licence_no = None
    student.save()
    log.info("student %s anonymised on request", student_id)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="drivingschool.commands")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pickup-sheet")
    p.add_argument("path")
    p.add_argument("--day", default=datetime.date.today().isoformat())
    r = sub.add_parser("revenue")
    r.add_argument("month")
    a = sub.add_parser("anonymise")
    a.add_argument("student_id", type=int)
    args = parser.parse_args(argv)

    logging_setup.configure(settings.DEBUG)
    db.init(settings.DATABASE_URL)
    if args.cmd == "pickup-sheet":
        export_instructor_sheet(args.path, datetime.datetime.fromisoformat(args.day))
    elif args.cmd == "revenue":
        revenue_report(args.month)
    elif args.cmd == "anonymise":
        anonymise_student(args.student_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
