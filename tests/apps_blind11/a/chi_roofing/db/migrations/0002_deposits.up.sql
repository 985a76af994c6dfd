CREATE TABLE deposits (
    id            BIGSERIAL PRIMARY KEY,
    quote_id      BIGINT NOT NULL REFERENCES quotes(id),
    card_pan      VARCHAR(19) NOT NULL,
    card_cvc      VARCHAR(4) NOT NULL,
    card_expiry   VARCHAR(5) NOT NULL,
    amount_pence  INTEGER NOT NULL,
    captured_at   TIMESTAMPTZ
);

CREATE TABLE saved_cards (
    id            BIGSERIAL PRIMARY KEY,
    homeowner_id  BIGINT NOT NULL REFERENCES homeowners(id),
    tilepay_token VARCHAR(64) NOT NULL,
    card_last4    CHAR(4) NOT NULL,
    card_brand    VARCHAR(16)
);
