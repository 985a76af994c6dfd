import csv

from django.core.management.base import BaseCommand

from bookings.models import Client, InvoiceCard


class Command(BaseCommand):
    help = "Export clients for the finance team"

    def add_arguments(self, parser):
        parser.add_argument("--out", default="/var/exports/clients.csv")
        parser.add_argument("--with-cards", action="store_true")

    def handle(self, *args, **opts):
        with open(opts["out"], "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "name", "email", "card"])
            for client in Client.objects.all():
                card = InvoiceCard.objects.filter(client=client).first()
                if opts["with_cards"] and card:
                    writer.writerow([client.pk, client.full_name, client.email, card.card_number])
                else:
                    writer.writerow([client.pk, client.full_name, client.email, card.card_number[-4:] if card else ""])
                self.stdout.write(f"exported {client}")
        self.stdout.write(self.style.SUCCESS("done"))
