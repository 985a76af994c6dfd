CREATE TABLE customers (
    id           BIGSERIAL PRIMARY KEY,
    email        TEXT NOT NULL UNIQUE,
    full_name    TEXT NOT NULL,
    phone        TEXT,
    site_address TEXT NOT NULL,
    tank_litres  INT NOT NULL DEFAULT 3000,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE pump_outs (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id),
    scheduled_on DATE NOT NULL,
    driver_id    BIGINT,
    status       TEXT NOT NULL DEFAULT 'scheduled',
    payment_token TEXT,
    card_last4   CHAR(4),
    cvc_check    TEXT
);
