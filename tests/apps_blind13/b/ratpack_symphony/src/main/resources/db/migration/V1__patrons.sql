CREATE TABLE patrons (
    id            BIGSERIAL PRIMARY KEY,
    full_name     TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    phone         TEXT,
    address_line  TEXT,
    postcode      VARCHAR(10),
    access_needs  TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE subscriptions (
    id            BIGSERIAL PRIMARY KEY,
    patron_id     BIGINT NOT NULL REFERENCES patrons(id),
    season        VARCHAR(9) NOT NULL,
    series        TEXT NOT NULL,
    seat_ref      VARCHAR(12),
    price_pence   INTEGER NOT NULL,
    status        VARCHAR(16) NOT NULL DEFAULT 'active'
);
