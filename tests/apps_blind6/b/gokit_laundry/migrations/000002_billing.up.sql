CREATE TABLE billing_accounts (
    id               BIGSERIAL PRIMARY KEY,
    customer_id      BIGINT NOT NULL REFERENCES customers(id),
    payment_method   VARCHAR(64) NOT NULL,
    card_last4       CHAR(4),
    card_bin         CHAR(6),
    card_brand       VARCHAR(16),
    card_expiry      VARCHAR(7)
);

CREATE TABLE driver_fuel_cards (
    id             BIGSERIAL PRIMARY KEY,
    driver_id      BIGINT NOT NULL,
    fuel_card_pan  VARCHAR(19) NOT NULL,
    fuel_card_pin  VARCHAR(6),
    issued_on      DATE
);

CREATE TABLE invoices (
    id             BIGSERIAL PRIMARY KEY,
    invoice_number VARCHAR(24) NOT NULL,
    customer_id    BIGINT NOT NULL,
    total_cents    INT NOT NULL,
    reference_no   CHAR(16)
);
