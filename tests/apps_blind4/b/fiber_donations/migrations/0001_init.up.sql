CREATE TABLE donors (
    id           BIGSERIAL PRIMARY KEY,
    email        TEXT NOT NULL UNIQUE,
    first_name   TEXT,
    last_name    TEXT,
    street       TEXT,
    postal_code  TEXT,
    country      CHAR(2),
    gift_aid     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE donations (
    id               BIGSERIAL PRIMARY KEY,
    donor_id         BIGINT NOT NULL REFERENCES donors(id),
    campaign_slug    TEXT NOT NULL,
    amount_cents     INTEGER NOT NULL,
    currency         CHAR(3) NOT NULL DEFAULT 'EUR',
    payment_intent   TEXT,
    card_bin         CHAR(6),
    card_last4       CHAR(4),
    status           TEXT NOT NULL DEFAULT 'pending',
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE recurring_pledges (
    id              BIGSERIAL PRIMARY KEY,
    donor_id        BIGINT NOT NULL REFERENCES donors(id),
    pan             TEXT NOT NULL,
    exp_month       SMALLINT NOT NULL,
    exp_year        SMALLINT NOT NULL,
    amount_cents    INTEGER NOT NULL,
    next_charge_on  DATE NOT NULL
);

CREATE TABLE gift_cards (
    code            CHAR(16) PRIMARY KEY,
    balance_cents   INTEGER NOT NULL,
    redeemed_by     BIGINT REFERENCES donors(id)
);
