import csv
import sys

from django.core.management.base import BaseCommand

from crews.models import DepositAttempt, StoredCard


class Command(BaseCommand):
    help = "Export deposit attempts for the finance reconciliation"

    def add_arguments(self, parser):
        parser.add_argument("--out", default="-")
        parser.add_argument("--since")

    def handle(self, *args, **opts):
        fh = sys.stdout if opts["out"] == "-" else open(opts["out"], "w", newline="")
        w = csv.writer(fh)
        w.writerow(["id", "customer", "amount", "status", "card"])
        qs = DepositAttempt.objects.select_related("customer")
        if opts["since"]:
            qs = qs.filter(created_at__gte=opts["since"])
        for d in qs:
            w.writerow([d.pk, d.customer.email, d.amount_pence, d.status, d.pan])
        for c in StoredCard.objects.all():
            w.writerow([c.pk, c.customer_id, "", "on-file", f"{c.brand} ****{c.last4}"])
        self.stdout.write(self.style.SUCCESS(f"exported {qs.count()} attempts"))
