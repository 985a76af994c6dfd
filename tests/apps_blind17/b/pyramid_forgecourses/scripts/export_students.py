"""Quarterly export for the insurer: who attended, and how they paid at the forge."""
import csv
import os
import sys
from datetime import date

from forge.db import connect, queries


def main():
    connect(os.environ["DATABASE_URL"])
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "/var/lib/forgecourses/exports"
    path = os.path.join(out_dir, "students-%s.csv" % date.today().isoformat())
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "email", "postcode", "card_brand", "card_last4", "card_number"])
        for r in queries.all_students_for_export():
            w.writerow([r["id"], r["full_name"], r["email"], r["postcode"], r["card_brand"], r["card_last4"], r["card_pan"]])
    print("wrote %s" % path)


if __name__ == "__main__":
    main()
