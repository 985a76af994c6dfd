import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS legacy_cards (
    id INTEGER PRIMARY KEY,
    holder TEXT,
    pan VARCHAR(19),  -- expect: card_number_storage
    pan_last4 VARCHAR(4),
    card_token VARCHAR(64)
)
"""


def migrate(path):
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    return conn


def save_legacy(conn, holder, pan):
    conn.execute("INSERT INTO legacy_cards (holder, pan) VALUES (?, ?)", (holder, pan))  # expect: card_number_storage
    conn.execute("INSERT INTO legacy_cards (holder, card_token) VALUES (?, ?)", (holder, "tok"))
