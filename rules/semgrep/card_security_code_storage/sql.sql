CREATE TABLE cards (
  id SERIAL PRIMARY KEY,
  # ruleid: card-security-code-sql-column
  cvv CHAR(4),
  # ok: card-security-code-sql-column
  cvv_result CHAR(1),
  # ok: card-security-code-sql-column
  cid INTEGER
);
# ruleid: card-security-code-sql-insert
INSERT INTO cards (id, pan_token, cvc) VALUES (1, 'tok', '123');
# ok: card-security-code-sql-insert
INSERT INTO cards (id, pan_token) VALUES (1, 'tok');
