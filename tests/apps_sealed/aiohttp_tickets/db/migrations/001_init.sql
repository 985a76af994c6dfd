-- Ticketing schema, applied by dbmate.
-- migrate:up
CREATE TABLE customers (
    id            BIGSERIAL PRIMARY KEY,
    email         CITEXT NOT NULL UNIQUE,
    full_name     TEXT NOT NULL,
    phone         VARCHAR(24),
    date_of_birth DATE,
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE payment_methods (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    ccnum        VARCHAR(19) NOT NULL,
    card_bin     CHAR(6) NOT NULL,
    last_four    CHAR(4) NOT NULL,
    exp_month    SMALLINT NOT NULL,
    exp_year     SMALLINT NOT NULL,
    psp_token    VARCHAR(64),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id             BIGSERIAL PRIMARY KEY,
    customer_id    BIGINT NOT NULL REFERENCES customers(id),
    event_id       BIGINT NOT NULL,
    seats          INTEGER NOT NULL,
    total_cents    INTEGER NOT NULL,
    payment_method BIGINT REFERENCES payment_methods(id),
    status         TEXT NOT NULL DEFAULT 'pending',
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE tickets (
    id            BIGSERIAL PRIMARY KEY,
    order_id      BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    ticket_number CHAR(16) NOT NULL UNIQUE,
    seat          TEXT NOT NULL,
    scanned_at    TIMESTAMPTZ
);

CREATE INDEX orders_customer_idx ON orders (customer_id);

-- migrate:down
DROP TABLE tickets;
DROP TABLE orders;
DROP TABLE payment_methods;
DROP TABLE customers;
