"""Admin command: move autopay mandates to gateway tokens, one batch at a time.

Usage: rotate_mandates development.ini [--batch 500] [--dry-run]
"""
import argparse
import logging
import sys

from pyramid.paster import bootstrap, setup_logging
from sqlalchemy import text

from ..services.billing import BillingService, CardInput

log = logging.getLogger("pyramid_insurance.scripts.rotate_mandates")


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("config_uri")
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv[1:])


def main(argv=sys.argv):
    args = parse_args(argv)
    setup_logging(args.config_uri)
    env = bootstrap(args.config_uri)
    engine = env["registry"].engine
    moved = 0
    with engine.begin() as conn:
        service = BillingService(conn, env["registry"].app_settings)
        rows = conn.execute(
            text("SELECT id, policy_id, acct_number, card_expiry FROM autopay_mandates LIMIT :n"),
            {"n": args.batch},
        ).all()
        for row in rows:
            month, year = row.card_expiry.split("/")
            card = CardInput(pan=row.acct_number, exp_month=int(month), exp_year=2000 + int(year), cvv="",
                             holder="")
            if args.dry_run:
                print(f"would tokenize mandate {row.id} policy {row.policy_id} card {card.masked}")
                continue
            service.tokenize(row.policy_id, card)
            conn.execute(
                text("UPDATE autopay_mandates SET acct_number = :masked, cvc2 = NULL WHERE id = :id"),
                {"masked": card.masked, "id": row.id},
            )
            moved += 1
    log.info("rotate_mandates done moved=%d batch=%d dry_run=%s", moved, args.batch, args.dry_run)
    env["closer"]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
