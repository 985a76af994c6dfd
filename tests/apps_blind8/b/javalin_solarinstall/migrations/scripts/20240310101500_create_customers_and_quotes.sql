-- // create customers and quotes
-- Migration SQL that makes the change goes here.

CREATE TABLE customers (
    id              BIGSERIAL PRIMARY KEY,
    full_name       TEXT NOT NULL,
    email           TEXT NOT NULL UNIQUE,
    phone           VARCHAR(32),
    install_address TEXT NOT NULL,
    date_of_birth   DATE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE quotes (
    id              BIGSERIAL PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers(id),
    panel_count     INTEGER NOT NULL,
    panel_model     VARCHAR(64) NOT NULL,
    roof_azimuth    SMALLINT,
    system_kw       NUMERIC(6,2) NOT NULL,
    price_cents     BIGINT NOT NULL,
    status          VARCHAR(16) NOT NULL DEFAULT 'draft',
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- //@UNDO
-- SQL to undo the change goes here.

DROP TABLE quotes;
DROP TABLE customers;
