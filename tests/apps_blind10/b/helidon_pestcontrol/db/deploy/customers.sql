-- Deploy verminguard:customers to pg

BEGIN;

CREATE TABLE customers (
    id           BIGSERIAL PRIMARY KEY,
    name         TEXT        NOT NULL,
    email        TEXT        NOT NULL,
    phone        TEXT,
    address      TEXT        NOT NULL,
    postcode     TEXT        NOT NULL,
    site_type    TEXT        NOT NULL CHECK (site_type IN ('home', 'food', 'housing', 'office')),
    access_notes TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE contracts (
    id              BIGSERIAL PRIMARY KEY,
    customer_id     BIGINT  NOT NULL REFERENCES customers (id),
    pest_scope      TEXT    NOT NULL,
    visits_per_year INTEGER NOT NULL,
    price_pence     INTEGER NOT NULL,
    next_bill       DATE    NOT NULL
);

COMMIT;
