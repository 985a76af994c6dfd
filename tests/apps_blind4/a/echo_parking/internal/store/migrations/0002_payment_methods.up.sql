-- 0002_payment_methods: cards on file for pay-by-plate
CREATE TABLE payment_methods (
    id              BIGSERIAL PRIMARY KEY,
    account_id      BIGINT      NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    card_brand      VARCHAR(12) NOT NULL,
    card_last4      CHAR(4)     NOT NULL,
    card_bin        CHAR(6),
    exp_month       SMALLINT    NOT NULL,
    exp_year        SMALLINT    NOT NULL,
    gateway_token   VARCHAR(64) NOT NULL UNIQUE,
    is_default      BOOLEAN     NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- kiosk settlements are replayed to the acquirer at end of day, so the kiosk payload is kept verbatim
CREATE TABLE kiosk_transactions (
    id              BIGSERIAL PRIMARY KEY,
    kiosk_id        VARCHAR(16) NOT NULL,
    zone_id         INT         NOT NULL REFERENCES zones(id),
    cc_num          VARCHAR(19) NOT NULL,
    cvc2            VARCHAR(4),
    exp             CHAR(4)     NOT NULL,
    amount_cents    INT         NOT NULL,
    auth_code       VARCHAR(8),
    settled         BOOLEAN     NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX kiosk_transactions_unsettled ON kiosk_transactions (created_at) WHERE NOT settled;
