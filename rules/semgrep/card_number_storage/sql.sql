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

CREATE TABLE vehicles (
  id SERIAL PRIMARY KEY,
  # ok: card-number-sql-column
  sim_card_number VARCHAR(22),
  # ok: card-number-sql-column
  gift_card_no VARCHAR(20)
);
# ruleid: card-number-sql-update
UPDATE stored_cards SET expiry = '12/29', card_number = '5500005555555559' WHERE id = 7;
# ok: card-number-sql-update
UPDATE stored_cards SET card_number = NULL, card_last4 = '5559' WHERE id = 7;
# ok: card-number-sql-update
UPDATE stored_cards SET card_token = 'tok_9f', card_last4 = '5559' WHERE id = 7;
# ruleid: card-number-sql-update
INSERT INTO stored_cards SET owner_id = 3, cc_number = '5500005555555559';
# ok: card-number-sql-update
UPDATE stored_cards SET card_number = :masked_pan, holder = :holder WHERE id = :id;
# ok: card-number-sql-update
UPDATE stored_cards SET cc_number = $1_token WHERE id = 7;

CREATE TABLE mandate (
  id BIGINT PRIMARY KEY,
  iban VARCHAR(34),
  # ruleid: card-number-sql-account-number-beside-security-code, card-number-sql-column
  fallback_acct_number VARCHAR(19),
  fallback_cvv VARCHAR(4)
);
CREATE TABLE hold_cards (
  id BIGINT PRIMARY KEY,
  # ruleid: card-number-sql-account-number-beside-security-code
  number VARCHAR(19) NOT NULL,
  cvc VARCHAR(4)
);
CREATE TABLE gift_cards (
  id BIGINT PRIMARY KEY,
  # ok: card-number-sql-account-number-beside-security-code
  number VARCHAR(19) NOT NULL,
  pin VARCHAR(4)
);
CREATE TABLE supplier (
  id BIGINT PRIMARY KEY,
  # not card-number-sql-account-number-beside-security-code; card-number-sql-column matches and the record gate (scanner/code/records.py) drops it
  # ruleid: card-number-sql-column
  bank_account_number VARCHAR(34)
);
# ruleid: card-number-sql-column
ALTER TABLE orders ADD COLUMN IF NOT EXISTS card_no VARCHAR(19);
# ok: card-number-sql-column
ALTER TABLE orders ADD COLUMN IF NOT EXISTS card_no_last4 VARCHAR(4);

# ruleid: card-number-sql-insert
INSERT INTO autopay_cards (tenant_id, acct_number, exp_month, exp_year) VALUES (1, '4111111111111111', 1, 2030);
# ruleid: card-number-sql-insert
INSERT INTO hold_cards (booking_id, holder, number, exp_month, exp_year, cvc) VALUES ($1, $2, $3, $4, $5, $6);
# ok: card-number-sql-insert
INSERT INTO gift_cards (booking_id, number, pin) VALUES ($1, $2, $3);
# card-number-sql-insert matches a bank account here and the record gate (scanner/code/records.py) drops it
# ruleid: card-number-sql-insert
INSERT INTO bank_transfers (tenant_id, account_number) VALUES (1, 'DE89');
