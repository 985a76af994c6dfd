SCHEMA = """
CREATE TABLE IF NOT EXISTS cards (
    id INTEGER PRIMARY KEY,
    # ruleid: card-number-sql-column
    pan VARCHAR(19),
    # ok: card-number-sql-column
    pan_last4 VARCHAR(4)
)
"""


def save(cur, card):
    # ruleid: card-number-sql-insert
    cur.execute("INSERT INTO cards (pan, holder) VALUES (%s, %s)", (card.pan, card.holder))
    # ok: card-number-sql-insert
    cur.execute("INSERT INTO cards (token, holder) VALUES (%s, %s)", (card.token, card.holder))
    # ruleid: card-number-sql-insert
    cur.execute("INSERT INTO %s (trip_id, pan, exp_month) VALUES (?, ?, ?)" % retry_table, (trip.id, card.pan, card.exp))
    # ok: card-number-sql-insert
    cur.execute("INSERT INTO %s (trip_id, card_token) VALUES (?, ?)" % retry_table, (trip.id, card.token))
