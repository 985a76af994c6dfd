"""Monthly export of active members for the partner-wall reciprocity scheme.

Usage: flask --app app:create_app shell < scripts/export_members.py
"""
import csv
import sys

from app.models import Member

writer = csv.writer(sys.stdout)
writer.writerow(["member_id", "belay_level", "joined"])
skipped = 0
for member in Member.query.order_by(Member.id):
    if member.belay_level == "none":
        skipped += 1
        print(f"skipping {member.full_name} <{member.email}>: no belay level", file=sys.stderr)
        continue
    writer.writerow([member.id, member.belay_level, member.created_at.date().isoformat()])
print(f"exported; {skipped} members without belay level", file=sys.stderr)
