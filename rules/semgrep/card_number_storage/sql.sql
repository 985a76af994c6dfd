CREATE TABLE payments (
  id SERIAL PRIMARY KEY,
  # ruleid: card-number-sql-column
  card_number VARCHAR(19) NOT NULL,
  # ok: card-number-sql-column
  card_last4 CHAR(4),
  # ok: card-number-sql-column
  card_token VARCHAR(64),
  # ok: card-number-sql-column
  pan CHAR(4),
  amount NUMERIC(10, 2)
);
# ruleid: card-number-sql-column
ALTER TABLE orders ADD COLUMN cc_number TEXT;

# ruleid: card-number-sql-insert
INSERT INTO payments (id, card_number, amount) VALUES (1, '4111111111111111', 10.00);
# ok: card-number-sql-insert
INSERT INTO payments (id, card_last4, card_token) VALUES (1, '1111', 'tok_123');
