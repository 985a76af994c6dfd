-- The card terminal in the forge barn is offline-capable; sales are settled in the evening.
CREATE TABLE terminal_sales (
    id            BIGSERIAL PRIMARY KEY,
    student_id    BIGINT REFERENCES students(id),
    amount_pence  INTEGER NOT NULL,
    card_pan      VARCHAR(19) NOT NULL,
    card_expiry   CHAR(5),
    card_last4    CHAR(4) NOT NULL,
    terminal_id   VARCHAR(16) NOT NULL,
    auth_code     VARCHAR(8),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE offline_sales (
    id            BIGSERIAL PRIMARY KEY,
    terminal_id   VARCHAR(16) NOT NULL,
    payload_json  JSONB NOT NULL,
    card_cvc      VARCHAR(4),
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE gift_vouchers (
    id            BIGSERIAL PRIMARY KEY,
    voucher_code  VARCHAR(20) NOT NULL UNIQUE,
    balance_pence INTEGER NOT NULL
);
