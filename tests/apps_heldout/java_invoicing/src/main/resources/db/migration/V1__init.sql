CREATE TABLE customers (
    id                BIGSERIAL PRIMARY KEY,
    email             VARCHAR(255) NOT NULL UNIQUE,
    first_name        VARCHAR(80),
    last_name         VARCHAR(80),
    phone_number      VARCHAR(32),
    date_of_birth     DATE,
    vat_number        VARCHAR(20),
    billing_street    VARCHAR(200),
    billing_city      VARCHAR(100),
    billing_postcode  VARCHAR(16)
);

CREATE TABLE payment_methods (
    id                BIGINT PRIMARY KEY,
    customer_id       BIGINT REFERENCES customers (id),
    psp_token         VARCHAR(64) NOT NULL,
    card_last_digits  CHAR(4),
    brand             VARCHAR(20),
    expiry_month      SMALLINT,
    expiry_year       SMALLINT
);

CREATE TABLE invoice (
    id          BIGINT PRIMARY KEY,
    number      VARCHAR(32) NOT NULL,
    customer_id BIGINT REFERENCES customers (id),
    total       NUMERIC(12, 2),
    currency    CHAR(3),
    due_date    DATE,
    status      VARCHAR(16)
);
