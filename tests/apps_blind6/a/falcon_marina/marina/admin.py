"""Admin commands: `python -m marina.admin purge-holds` and `reindex-berths`."""
import argparse
import logging
import sys
import time
from datetime import datetime, timedelta

from pony.orm import commit, db_session, select

from marina import logging_setup, settings
from marina.db import Berth, Booking, db

log = logging.getLogger("marina.admin")
audit = logging.getLogger("marina.audit")


@db_session
def purge_holds(max_age_hours, dry_run=False):
    cutoff = datetime.utcnow() - timedelta(hours=max_age_hours)
    stale = select(b for b in Booking if b.status == "held" and b.created_at < cutoff)[:]
    for booking in stale:
        audit.info("purging held booking id=%s reference=%s berth_id=%s", booking.id, booking.reference,
                   booking.berth.id)
        if not dry_run:
            booking.status = "expired"
    if not dry_run:
        commit()
    log.info("purge done cutoff=%s expired=%d dry_run=%s", cutoff.isoformat(), len(stale), dry_run)
    return len(stale)


@db_session
def reindex_berths():
    started = time.monotonic()
    total = 0
    for pontoon in sorted({b.pontoon for b in Berth.select()}):
        numbers = sorted(b.number for b in Berth.select(lambda b: b.pontoon == pontoon))
        log.debug("pontoon %s has berths %s", pontoon, ",".join(map(str, numbers)))
        total += len(numbers)
    log.info("reindexed %d berths in %.2fs", total, time.monotonic() - started)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="marina.admin")
    sub = parser.add_subparsers(dest="cmd", required=True)
    purge = sub.add_parser("purge-holds")
    purge.add_argument("--max-age-hours", type=int, default=48)
    purge.add_argument("--dry-run", action="store_true")
    sub.add_parser("reindex-berths")
    args = parser.parse_args(argv)

    logging_setup.configure()
    db.bind(**settings.DATABASE)
    db.generate_mapping(create_tables=False)
    if args.cmd == "purge-holds":
        purge_holds(args.max_age_hours, args.dry_run)
    else:
        reindex_berths()
    return 0


if __name__ == "__main__":
    sys.exit(main())
