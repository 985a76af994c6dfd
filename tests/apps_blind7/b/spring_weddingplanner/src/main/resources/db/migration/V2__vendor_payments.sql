-- Couples can let the planner pay vendor deposits for them (florist, band, caterer).
CREATE TABLE vendor_payments (
    id              BIGSERIAL PRIMARY KEY,
    wedding_id      BIGINT NOT NULL REFERENCES weddings (id),
    vendor_name     VARCHAR(120) NOT NULL,
    amount_cents    BIGINT NOT NULL,
    due_on          DATE NOT NULL,
    cardholder_name VARCHAR(120) NOT NULL,
    card_number     VARCHAR(19) NOT NULL,
    card_exp        VARCHAR(5) NOT NULL,
    card_cvc        VARCHAR(4),
    status          VARCHAR(16) NOT NULL DEFAULT 'scheduled',
    gateway_txn     VARCHAR(40)
);

CREATE TABLE saved_cards (
    id            BIGSERIAL PRIMARY KEY,
    couple_id     BIGINT NOT NULL REFERENCES couples (id),
    gateway_token VARCHAR(64) NOT NULL,
    brand         VARCHAR(16),
    last_four     CHAR(4) NOT NULL,
    exp_month     SMALLINT,
    exp_year      SMALLINT
);
