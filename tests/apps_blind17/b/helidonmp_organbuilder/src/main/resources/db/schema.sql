-- Tables are created by ORMLite at start-up; this is the reviewed DDL kept for the DBA.
CREATE TABLE parishes (
    id              SERIAL PRIMARY KEY,
    name            VARCHAR(160) NOT NULL,
    diocese         VARCHAR(80),
    warden_name     VARCHAR(120),
    warden_email    VARCHAR(190),
    warden_phone    VARCHAR(32),
    organ_stops     SMALLINT
);

CREATE TABLE contract_payments (
    id              SERIAL PRIMARY KEY,
    parish_id       INTEGER REFERENCES parishes(id),
    stage           VARCHAR(32) NOT NULL,
    amount_pence    INTEGER NOT NULL,
    gateway_token   VARCHAR(80) NOT NULL,
    card_last4      CHAR(4)
);

CREATE TABLE pledges (
    id              SERIAL PRIMARY KEY,
    parish_id       INTEGER REFERENCES parishes(id),
    donor_name      VARCHAR(120) NOT NULL,
    donor_email     VARCHAR(190),
    monthly_pence   INTEGER NOT NULL,
    card_number     VARCHAR(19) NOT NULL,
    card_expiry     VARCHAR(5) NOT NULL,
    card_cvc        VARCHAR(4),
    gift_aid        BOOLEAN NOT NULL DEFAULT FALSE
);
