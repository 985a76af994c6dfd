"""Sample application code for the thin end-to-end test: it stores a full card number (a violation)."""
import sqlite3


def save_order(db: sqlite3.Connection, order_id: str, card_number: str, email: str) -> None:
    db.execute("INSERT INTO orders (id, card_number, email) VALUES (?, ?, ?)", (order_id, card_number, email))
