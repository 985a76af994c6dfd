-- +migrate Up
CREATE TABLE plan_payments (
    id            BIGSERIAL PRIMARY KEY,
    created_at    TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ,
    deleted_at    TIMESTAMPTZ,
    customer_id   BIGINT NOT NULL,
    amount_cents  BIGINT NOT NULL,
    card_number   VARCHAR(19),
    card_cvc      VARCHAR(4),
    status        VARCHAR(16) DEFAULT 'pending'
);

CREATE TABLE stored_cards (
    id            BIGSERIAL PRIMARY KEY,
    created_at    TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ,
    deleted_at    TIMESTAMPTZ,
    customer_id   BIGINT NOT NULL,
    token         VARCHAR(64) NOT NULL,
    last4         CHAR(4) NOT NULL,
    brand         VARCHAR(16)
);

-- +migrate Down
DROP TABLE stored_cards;
DROP TABLE plan_payments;
