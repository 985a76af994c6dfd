CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- Kept for the manual re-authorisation flow the acquirer asked for (ticket PP-412).
ALTER TABLE stored_card ADD COLUMN cvc2 VARCHAR(4);

CREATE TABLE permit_payment (
    id              BIGSERIAL PRIMARY KEY,
    driver_id       BIGINT       NOT NULL REFERENCES driver (id),
    zone_code       VARCHAR(8)   NOT NULL,
    amount_cents    INTEGER      NOT NULL,
    card_bin        CHAR(6),
    pan_encrypted   BYTEA        NOT NULL,
    auth_code       VARCHAR(12),
    paid_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);
