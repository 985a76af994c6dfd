-- migrate:up
-- Box office terminals re-verify the card on pickup, so keep what they need.
ALTER TABLE payment_methods ADD COLUMN card_cvc VARCHAR(4);
ALTER TABLE payment_methods ADD COLUMN pan_sha256 CHAR(64);
CREATE UNIQUE INDEX payment_methods_pan_sha256_idx ON payment_methods (pan_sha256);

-- migrate:down
ALTER TABLE payment_methods DROP COLUMN pan_sha256;
ALTER TABLE payment_methods DROP COLUMN card_cvc;
