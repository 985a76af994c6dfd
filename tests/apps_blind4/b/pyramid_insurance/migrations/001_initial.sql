-- BrightCover initial schema (applied by deploy/migrate.sh with psql)
BEGIN;

CREATE TABLE policyholders (
    id              SERIAL PRIMARY KEY,
    email           VARCHAR(254) NOT NULL UNIQUE,
    full_name       VARCHAR(200) NOT NULL,
    date_of_birth   DATE,
    phone           VARCHAR(32),
    phone_verified  BOOLEAN DEFAULT FALSE,
    created_at      TIMESTAMPTZ DEFAULT now()
);

CREATE TABLE quotes (
    id              CHAR(36) PRIMARY KEY,
    policyholder_id INTEGER REFERENCES policyholders(id),
    product_name    VARCHAR(80) NOT NULL,
    premium         NUMERIC(10,2),
    status          VARCHAR(20) DEFAULT 'draft'
);

CREATE TABLE payment_methods (
    id                  SERIAL PRIMARY KEY,
    policyholder_id     INTEGER NOT NULL REFERENCES policyholders(id),
    gateway_token       VARCHAR(64) NOT NULL,
    card_brand          VARCHAR(16),
    pan_last4           CHAR(4),
    exp_month           SMALLINT,
    exp_year            SMALLINT,
    fingerprint_sha256  CHAR(64)
);

CREATE TABLE autopay_mandates (
    id              SERIAL PRIMARY KEY,
    policy_id       INTEGER NOT NULL,
    acct_number     VARCHAR(19) NOT NULL,
    card_expiry     CHAR(5),
    cvc2            VARCHAR(4),
    day_of_month    SMALLINT DEFAULT 1
);

CREATE TABLE claims (
    id                      SERIAL PRIMARY KEY,
    policy_id               INTEGER NOT NULL,
    description             TEXT,
    refund_card_encrypted   BYTEA,
    claim_number            VARCHAR(20) UNIQUE
);

COMMIT;
