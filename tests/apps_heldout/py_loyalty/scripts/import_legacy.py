"""One-off import of the 2019 in-store loyalty export (CSV) into the reporting SQLite file."""

import csv
import sqlite3
import sys
from pathlib import Path

from loguru import logger

SCHEMA = """
CREATE TABLE IF NOT EXISTS legacy_members (
    legacy_id     INTEGER PRIMARY KEY,
    email         TEXT,
    full_name     TEXT,
    birth_date    TEXT,
    store_code    TEXT
);
CREATE TABLE IF NOT EXISTS legacy_payments (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    legacy_id     INTEGER REFERENCES legacy_members(legacy_id),
    card_no       TEXT NOT NULL,
    card_last4    TEXT,
    amount_cents  INTEGER
);
"""


def main(csv_path: str, db_path: str = "reporting.sqlite") -> None:
    conn = sqlite3.connect(db_path)
    conn.executescript(SCHEMA)
    rows = 0
    with open(csv_path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            conn.execute(
                "INSERT OR IGNORE INTO legacy_members (legacy_id, email, full_name, birth_date, store_code) VALUES (?, ?, ?, ?, ?)",
                (row["id"], row["email"], row["name"], row["dob"], row["store"]),
            )
            conn.execute(
                "INSERT INTO legacy_payments (legacy_id, card_no, card_last4, amount_cents) VALUES (?, ?, ?, ?)",
                (row["id"], row["card"], row["card"][-4:], int(row["amount"])),
            )
            rows += 1
            if rows % 1000 == 0:
                logger.info("imported {} rows", rows)
            if not row["email"]:
                logger.warning("row without email: {}", row)
    conn.commit()
    logger.success("done, {} rows from {}", rows, Path(csv_path).name)


if __name__ == "__main__":
    main(*sys.argv[1:])
