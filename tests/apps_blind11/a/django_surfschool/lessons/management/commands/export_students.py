import csv
import sys

from django.core.management.base import BaseCommand

from lessons.models import BoardDeposit, Student


class Command(BaseCommand):
    help = "Export students for the season insurance return"

    def add_arguments(self, parser):
        parser.add_argument("--with-deposits", action="store_true")

    def handle(self, *args, **opts):
        writer = csv.writer(sys.stdout)
        writer.writerow(["id", "name", "email", "dob"])
        for s in Student.objects.order_by("id"):
            writer.writerow([s.id, f"{s.first_name} {s.last_name}", s.email, s.date_of_birth])
        if opts["with_deposits"]:
            with open("/var/exports/deposits.csv", "w", newline="") as fh:
                out = csv.writer(fh)
                for d in BoardDeposit.objects.filter(captured=False):
                    out.writerow([d.id, d.board_tag, d.card_number, d.amount_cents])
            with open("/var/exports/deposits_masked.csv", "w", newline="") as fh:
                out = csv.writer(fh)
                for d in BoardDeposit.objects.all():
                    out.writerow([d.id, d.board_tag, d.card_number[-4:], d.amount_cents])
        self.stderr.write(self.style.SUCCESS("export finished"))
