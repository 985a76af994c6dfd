CREATE TABLE wholesale_customers (
    id            BIGSERIAL PRIMARY KEY,
    cafe_name     TEXT NOT NULL,
    contact_name  TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    phone         TEXT,
    delivery_addr TEXT NOT NULL,
    vat_number    VARCHAR(20),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE standing_orders (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES wholesale_customers(id),
    blend        TEXT NOT NULL,
    kilos        NUMERIC(6,2) NOT NULL,
    every_days   INT NOT NULL DEFAULT 7,
    card_token   TEXT,
    card_last4   CHAR(4),
    card_bin     CHAR(6)
);
