import csv
import sys

from mushroomfarm.models import Member

writer = csv.writer(sys.stdout)
writer.writerow(["member_id", "created_at"])
for member in Member.scan():
    writer.writerow([member.member_id, member.created_at.isoformat()])
    if not member.delivery_address:
        print(f"no address on file: {member.full_name} {member.email}", file=sys.stderr)
