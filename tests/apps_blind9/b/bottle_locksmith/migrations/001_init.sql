-- 001: customers, call-outs and tokenised cards
BEGIN;

CREATE TABLE customers (
    id              bigserial PRIMARY KEY,
    full_name       text        NOT NULL,
    email           citext      NOT NULL UNIQUE,
    phone           text        NOT NULL,
    address_line1   text        NOT NULL,
    town            text        NOT NULL,
    postcode        varchar(8)  NOT NULL,
    password_hash   text,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE call_outs (
    id                bigserial PRIMARY KEY,
    customer_id       bigint NOT NULL REFERENCES customers (id),
    engineer_id       int,
    job_type          text NOT NULL,
    site_address      text NOT NULL,
    site_postcode     varchar(8) NOT NULL,
    contact_phone     text NOT NULL,
    access_notes      text NOT NULL DEFAULT '',
    status            text NOT NULL DEFAULT 'booked',
    fee_pence         int  NOT NULL,
    booked_at         timestamptz NOT NULL DEFAULT now(),
    completed_at      timestamptz
);

-- cards kept for repeat customers (landlords, letting agents): gateway token only
CREATE TABLE customer_cards (
    id             bigserial PRIMARY KEY,
    customer_id    bigint NOT NULL REFERENCES customers (id),
    gateway_token  varchar(64) NOT NULL,
    card_brand     varchar(16) NOT NULL,
    card_last4     char(4)     NOT NULL,
    exp_month      smallint    NOT NULL,
    exp_year       smallint    NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX call_outs_customer_idx ON call_outs (customer_id);

COMMIT;
