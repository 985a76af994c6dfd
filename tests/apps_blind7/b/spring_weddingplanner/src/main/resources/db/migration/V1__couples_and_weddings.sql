CREATE TABLE couples (
    id              BIGSERIAL PRIMARY KEY,
    partner_one     VARCHAR(120) NOT NULL,
    partner_two     VARCHAR(120) NOT NULL,
    email           VARCHAR(200) NOT NULL UNIQUE,
    phone           VARCHAR(30),
    password_hash   VARCHAR(100) NOT NULL,
    hubspot_contact VARCHAR(32),
    created_at      TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE weddings (
    id           BIGSERIAL PRIMARY KEY,
    couple_id    BIGINT NOT NULL REFERENCES couples (id),
    wedding_date DATE NOT NULL,
    venue_ref    VARCHAR(40),
    guest_count  INTEGER NOT NULL DEFAULT 0,
    budget_cents BIGINT NOT NULL
);

CREATE TABLE guests (
    id          BIGSERIAL PRIMARY KEY,
    wedding_id  BIGINT NOT NULL REFERENCES weddings (id),
    full_name   VARCHAR(160) NOT NULL,
    address     TEXT,
    rsvp        VARCHAR(12) NOT NULL DEFAULT 'pending',
    table_no    SMALLINT
);
