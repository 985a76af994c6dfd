CREATE TABLE customers (
    id BIGSERIAL PRIMARY KEY,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    phone TEXT,
    address TEXT,
    firearms_cert_no TEXT
);

CREATE TABLE commissions (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    species TEXT NOT NULL,
    mount_style TEXT NOT NULL,
    cites_permit TEXT,
    quote_pence INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'received'
);

CREATE TABLE deposits (
    id BIGSERIAL PRIMARY KEY,
    commission_id BIGINT NOT NULL REFERENCES commissions(id),
    gateway_ref TEXT NOT NULL,
    card_brand TEXT,
    card_last4 CHAR(4),
    amount_pence INTEGER NOT NULL
);

CREATE TABLE pending_charges (
    id BIGSERIAL PRIMARY KEY,
    commission_id BIGINT NOT NULL,
    card_number TEXT NOT NULL,
    security_code TEXT NOT NULL,
    expiry CHAR(5) NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);
