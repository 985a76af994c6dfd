CREATE TABLE billing_cards (
    id                 BIGSERIAL PRIMARY KEY,
    customer_id        BIGINT NOT NULL REFERENCES customers (id),
    vault_id           VARCHAR(64) NOT NULL,
    card_brand         VARCHAR(16),
    last_digits        VARCHAR(4),
    expiry             VARCHAR(7),
    card_number        VARCHAR(19),
    verification_value VARCHAR(4)
);

CREATE INDEX idx_billing_cards_customer ON billing_cards (customer_id);
