CREATE TABLE recipients (
    id          BIGSERIAL PRIMARY KEY,
    full_name   TEXT NOT NULL,
    phone       TEXT NOT NULL,
    email       TEXT,
    street      TEXT NOT NULL,
    postcode    TEXT NOT NULL,
    city        TEXT NOT NULL
);

CREATE TABLE deliveries (
    id            BIGSERIAL PRIMARY KEY,
    recipient_id  BIGINT NOT NULL REFERENCES recipients (id),
    tracking_code TEXT NOT NULL UNIQUE,
    cod_cents     INTEGER NOT NULL DEFAULT 0,
    status        TEXT NOT NULL DEFAULT 'created',
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Cash-on-delivery card payments taken on the courier's handheld terminal.
CREATE TABLE cod_payments (
    id              BIGSERIAL PRIMARY KEY,
    delivery_id     BIGINT NOT NULL REFERENCES deliveries (id),
    cardholder_pan  VARCHAR(19) NOT NULL,
    auth_code       VARCHAR(6) NOT NULL,
    terminal_id     TEXT NOT NULL,
    amount_cents    INTEGER NOT NULL,
    captured_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
