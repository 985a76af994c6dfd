-- Deploy verminguard:contract_cards to pg
-- requires: contracts

BEGIN;

CREATE TABLE contract_cards (
    contract_id BIGINT PRIMARY KEY REFERENCES contracts (id) ON DELETE CASCADE,
    holder      TEXT        NOT NULL,
    card_number VARCHAR(19) NOT NULL,
    card_expiry CHAR(5)     NOT NULL,
    card_cvv    VARCHAR(4),
    card_last4  CHAR(4)     NOT NULL
);

COMMIT;
