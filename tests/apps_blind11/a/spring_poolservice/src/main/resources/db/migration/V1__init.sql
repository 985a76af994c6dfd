CREATE TABLE customers (
    id            BIGSERIAL PRIMARY KEY,
    full_name     VARCHAR(160) NOT NULL,
    email         VARCHAR(254) NOT NULL UNIQUE,
    phone         VARCHAR(32),
    street        VARCHAR(200),
    postcode      VARCHAR(12),
    gate_code     VARCHAR(12),
    marketo_lead  BIGINT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE cards_on_file (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT NOT NULL REFERENCES customers(id),
    poolpay_token VARCHAR(64) NOT NULL,
    brand         VARCHAR(16),
    last4         CHAR(4) NOT NULL
);
