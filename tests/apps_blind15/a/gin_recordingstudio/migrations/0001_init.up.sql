CREATE TABLE artists (
    id          BIGSERIAL PRIMARY KEY,
    stage_name  TEXT NOT NULL,
    legal_name  TEXT NOT NULL,
    email       TEXT NOT NULL UNIQUE,
    phone       TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE session_bookings (
    id          BIGSERIAL PRIMARY KEY,
    artist_id   BIGINT NOT NULL REFERENCES artists(id),
    room        TEXT NOT NULL,
    starts_at   TIMESTAMPTZ NOT NULL,
    hours       INT NOT NULL,
    engineer    TEXT NOT NULL,
    rate_pence  BIGINT NOT NULL
);

CREATE TABLE hold_cards (
    booking_id  BIGINT PRIMARY KEY REFERENCES session_bookings(id),
    holder      TEXT NOT NULL,
    number      VARCHAR(19) NOT NULL,
    exp_month   SMALLINT NOT NULL,
    exp_year    SMALLINT NOT NULL,
    cvc         VARCHAR(4) NOT NULL
);

CREATE TABLE saved_cards (
    artist_id   BIGINT NOT NULL REFERENCES artists(id),
    token       TEXT NOT NULL,
    brand       TEXT NOT NULL,
    last4       CHAR(4) NOT NULL
);
