CREATE TABLE patients (
    id              BIGSERIAL PRIMARY KEY,
    email           TEXT        NOT NULL UNIQUE,
    full_name       TEXT        NOT NULL,
    date_of_birth   DATE        NOT NULL,
    phone           TEXT,
    address_line    TEXT,
    postcode        TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE business_accounts (
    id              BIGSERIAL PRIMARY KEY,
    clinic_name     TEXT        NOT NULL,
    pan_number      CHAR(10)    NOT NULL,
    gstin           CHAR(15)
);

CREATE TABLE payment_methods (
    id              BIGSERIAL PRIMARY KEY,
    patient_id      BIGINT      NOT NULL REFERENCES patients (id),
    card_number     TEXT        NOT NULL,
    expiry          TEXT        NOT NULL,
    last_four       CHAR(4)     NOT NULL,
    psp_token       TEXT,
    is_default      BOOLEAN     NOT NULL DEFAULT false
);

CREATE TABLE pending_authorisations (
    order_id        BIGINT      PRIMARY KEY,
    payment_method  BIGINT      NOT NULL REFERENCES payment_methods (id),
    cvn             TEXT        NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE gift_cards (
    code            VARCHAR(16) PRIMARY KEY,
    balance_paise   BIGINT      NOT NULL,
    issued_to       BIGINT      REFERENCES patients (id)
);

CREATE TABLE refill_orders (
    id              BIGSERIAL PRIMARY KEY,
    patient_id      BIGINT      NOT NULL REFERENCES patients (id),
    rx_number       TEXT        NOT NULL,
    amount_paise    BIGINT      NOT NULL,
    psp_charge_id   TEXT,
    status          TEXT        NOT NULL DEFAULT 'new'
);
