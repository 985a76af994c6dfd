import csv
import sys

from django.core.management.base import BaseCommand

from bookings.models import Booking


class Command(BaseCommand):
    help = "Export the manifest of cavers for a minibus trip (for the trip leader)."

    def add_arguments(self, parser):
        parser.add_argument("trip_id", type=int)

    def handle(self, *args, **opts):
        rows = Booking.objects.filter(trip_id=opts["trip_id"]).select_related("caver")
        writer = csv.writer(sys.stdout)
        writer.writerow(["caver_id", "name", "level", "gear"])
        for b in rows:
            writer.writerow([b.caver.pk, b.caver.full_name, b.caver.certification_level, b.gear_size])
            if not b.caver.certification_number:
                self.stderr.write(f"missing cert for {b.caver.full_name} phone {b.caver.phone}")
        self.stderr.write(self.style.SUCCESS(f"exported {rows.count()} cavers"))
