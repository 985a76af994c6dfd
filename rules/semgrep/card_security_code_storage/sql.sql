CREATE TABLE cards (
  id SERIAL PRIMARY KEY,
  # ruleid: card-security-code-sql-column
  cvv CHAR(4),
  # ok: card-security-code-sql-column
  cvv_result CHAR(1),
  # card-security-code-sql-column matches here and the record gate (scanner/code/records.py) drops it
  # ruleid: card-security-code-sql-column
  cid INTEGER
);
# ruleid: card-security-code-sql-insert
INSERT INTO cards (id, pan_token, cvc) VALUES (1, 'tok', '123');
# ok: card-security-code-sql-insert
INSERT INTO cards (id, pan_token) VALUES (1, 'tok');

CREATE TABLE deposit_card (
  id SERIAL PRIMARY KEY,
  card_number VARCHAR(19),
  # ruleid: card-security-code-sql-column-beside-card-number, card-security-code-sql-column
  security_code VARCHAR(4),
  expiry CHAR(5)
);
CREATE TABLE email_change (
  user_id BIGINT,
  # card-security-code-sql-column matches here and the record gate (scanner/code/records.py) drops it
  # ruleid: card-security-code-sql-column
  verification_code VARCHAR(6)
);
# ruleid: card-security-code-sql-insert-beside-card-number, card-security-code-sql-insert
INSERT INTO deposit_card (id, card_number, security_code, expiry) VALUES (1, '4111111111111111', '123', '09/27');
# card-security-code-sql-insert matches here and the record gate (scanner/code/records.py) drops it
# ruleid: card-security-code-sql-insert
INSERT INTO email_change (user_id, verification_code) VALUES (1, '493021');
# ruleid: card-security-code-sql-update
UPDATE deposit_card SET expiry = '01/30', cvc = '123' WHERE id = 1;
# ok: card-security-code-sql-update
UPDATE deposit_card SET cvc = NULL WHERE id = 1;
# ok: card-security-code-sql-update
UPDATE deposit_card SET cvc = :redacted WHERE id = 1;
