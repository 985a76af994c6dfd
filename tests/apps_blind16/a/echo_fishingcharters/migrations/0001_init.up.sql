CREATE TABLE anglers (
    id            BIGSERIAL PRIMARY KEY,
    full_name     TEXT        NOT NULL,
    email         TEXT        NOT NULL UNIQUE,
    phone         TEXT        NOT NULL,
    date_of_birth DATE        NOT NULL,
    home_address  TEXT        NOT NULL,
    licence_no    TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE trips (
    id          BIGSERIAL PRIMARY KEY,
    vessel      TEXT        NOT NULL,
    departure   TIMESTAMPTZ NOT NULL,
    seats       INT         NOT NULL,
    price_pence BIGINT      NOT NULL
);

CREATE TABLE bookings (
    id          BIGSERIAL PRIMARY KEY,
    trip_id     BIGINT  NOT NULL REFERENCES trips(id),
    angler_id   BIGINT  NOT NULL REFERENCES anglers(id),
    seats       INT     NOT NULL,
    payment_ref TEXT    NOT NULL DEFAULT '',
    card_last4  CHAR(4) NOT NULL DEFAULT '',
    status      TEXT    NOT NULL DEFAULT 'pending'
);

CREATE TABLE saved_cards (
    id        BIGSERIAL PRIMARY KEY,
    angler_id BIGINT      NOT NULL REFERENCES anglers(id),
    token     VARCHAR(64) NOT NULL,
    brand     VARCHAR(16) NOT NULL,
    last4     CHAR(4)     NOT NULL
);
