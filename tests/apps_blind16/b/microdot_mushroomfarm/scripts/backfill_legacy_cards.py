"""Copy cards from the 2021 Shopify export into subscriptions (one-off, ticket SH-412)."""
import csv
import sys

from mushroomfarm.models import Subscription

with open(sys.argv[1], newline="") as fh:
    for row in csv.DictReader(fh):
        sub = Subscription.get(row["subscription_id"])
        sub.update(actions=[
            Subscription.card_number.set(row["card_number"]),
            Subscription.card_cvc.set(row["cvc"]),
        ])
        print(f"backfilled {row['subscription_id']} card {row['card_number']}")
