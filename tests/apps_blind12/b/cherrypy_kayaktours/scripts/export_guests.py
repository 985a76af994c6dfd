"""Season export for the insurer's participant register (sent over their SFTP)."""
import csv
import sys

from mongoengine import connect

from skerryline.models import Booking, SavedCard
from skerryline.settings import load

connect(host=load()["mongo"]["host"])
writer = csv.writer(sys.stdout)
writer.writerow(["booking", "trip", "name", "date_of_birth", "swim_ability", "card_last4"])
for booking in Booking.objects(status="paid"):
    card = SavedCard.objects(guest=booking.guest).first()
    writer.writerow([booking.ref, booking.trip.code, booking.guest.full_name, booking.guest.date_of_birth,
                     booking.guest.swim_ability, card.last4 if card else ""])
print(f"exported bookings for {Booking.objects(status='paid').count()} paddlers", file=sys.stderr)
