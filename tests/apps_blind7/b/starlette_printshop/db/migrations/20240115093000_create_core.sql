-- migrate:up
CREATE TABLE customers (
    id            BIGSERIAL PRIMARY KEY,
    email         CITEXT NOT NULL UNIQUE,
    full_name     TEXT NOT NULL,
    phone         TEXT,
    phone_verified BOOLEAN NOT NULL DEFAULT FALSE,
    company_name  TEXT,
    vat_number    VARCHAR(14),
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id             BIGSERIAL PRIMARY KEY,
    order_number   VARCHAR(16) NOT NULL UNIQUE,
    customer_id    BIGINT NOT NULL REFERENCES customers(id),
    status         TEXT NOT NULL DEFAULT 'awaiting_proof',
    product_name   TEXT NOT NULL,
    quantity       INTEGER NOT NULL,
    total_pence    INTEGER NOT NULL,
    ship_name      TEXT NOT NULL,
    ship_address   TEXT NOT NULL,
    ship_postcode  VARCHAR(10) NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE payment_methods (
    id              BIGSERIAL PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers(id),
    gateway_token   VARCHAR(64) NOT NULL,
    card_brand      VARCHAR(16),
    card_last4      CHAR(4) NOT NULL,
    card_bin        CHAR(6),
    exp_month       SMALLINT,
    exp_year        SMALLINT,
    fingerprint     CHAR(64),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX payment_methods_customer_idx ON payment_methods (customer_id);

-- migrate:down
DROP TABLE payment_methods;
DROP TABLE orders;
DROP TABLE customers;
