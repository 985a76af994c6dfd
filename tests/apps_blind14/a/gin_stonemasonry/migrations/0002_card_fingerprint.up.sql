ALTER TABLE saved_cards ADD COLUMN pan_sha256 CHAR(64);
UPDATE saved_cards SET pan_sha256 = encode(digest(pan, 'sha256'), 'hex');
ALTER TABLE orders ADD COLUMN card_bin CHAR(6);
