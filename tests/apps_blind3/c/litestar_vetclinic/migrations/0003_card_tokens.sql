-- 0003: tokenised cards; deposit_cards is to be migrated here and dropped
CREATE TABLE card_tokens (
    id                 SERIAL PRIMARY KEY,
    owner_id           INTEGER NOT NULL REFERENCES owners (id),
    gateway_token      VARCHAR(64) NOT NULL,
    pan_last4          CHAR(4),
    pan_bin            CHAR(6),
    fingerprint_sha256 CHAR(64)
);

CREATE INDEX card_tokens_owner_idx ON card_tokens (owner_id);
