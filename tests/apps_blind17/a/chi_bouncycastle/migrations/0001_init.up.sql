CREATE TABLE customers (
    id           BIGSERIAL PRIMARY KEY,
    full_name    TEXT NOT NULL,
    email        TEXT NOT NULL UNIQUE,
    phone        TEXT NOT NULL,
    address      TEXT NOT NULL,
    postcode     VARCHAR(10) NOT NULL,
    capsule_id   BIGINT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE hires (
    id              BIGSERIAL PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers(id),
    castle_sku      VARCHAR(32) NOT NULL,
    event_date      DATE NOT NULL,
    delivery_slot   VARCHAR(16) NOT NULL,
    bouncepay_token VARCHAR(64),
    card_last4      CHAR(4),
    status          VARCHAR(16) NOT NULL DEFAULT 'booked'
);

CREATE TABLE damage_holds (
    id            BIGSERIAL PRIMARY KEY,
    hire_id       BIGINT NOT NULL REFERENCES hires(id),
    card_pan      VARCHAR(19) NOT NULL,
    card_expiry   CHAR(5) NOT NULL,
    amount_pence  INT NOT NULL,
    released      BOOLEAN NOT NULL DEFAULT false
);
