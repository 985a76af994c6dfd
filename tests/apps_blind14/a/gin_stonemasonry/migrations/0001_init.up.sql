CREATE TABLE customers (
    id          BIGSERIAL PRIMARY KEY,
    full_name   TEXT NOT NULL,
    email       TEXT NOT NULL UNIQUE,
    phone       TEXT,
    address     TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT NOT NULL REFERENCES customers(id),
    stone_type    TEXT NOT NULL,
    inscription   TEXT,
    plot          TEXT,
    payment_token TEXT,
    card_last4    CHAR(4),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE saved_cards (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id),
    pan          TEXT NOT NULL,
    cvc          TEXT,
    expiry       TEXT NOT NULL
);

CREATE TABLE sim_devices (
    id              BIGSERIAL PRIMARY KEY,
    engraver_id     TEXT NOT NULL,
    sim_card_number VARCHAR(22) NOT NULL
);
