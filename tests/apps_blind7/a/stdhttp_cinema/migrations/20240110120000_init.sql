-- +goose Up
CREATE TABLE members (
    id           BIGSERIAL PRIMARY KEY,
    email        VARCHAR(254) NOT NULL UNIQUE,
    display_name VARCHAR(120) NOT NULL,
    phone        VARCHAR(32),
    birth_date   DATE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE screenings (
    id         BIGSERIAL PRIMARY KEY,
    film_name  VARCHAR(200) NOT NULL,
    screen     SMALLINT NOT NULL,
    starts_at  TIMESTAMPTZ NOT NULL,
    seats_max  INT NOT NULL
);

CREATE TABLE bookings (
    id           BIGSERIAL PRIMARY KEY,
    code         VARCHAR(8) NOT NULL UNIQUE,
    screening_id BIGINT NOT NULL REFERENCES screenings (id),
    member_id    BIGINT REFERENCES members (id),
    seats        TEXT[] NOT NULL,
    amount_cents BIGINT NOT NULL,
    status       VARCHAR(16) NOT NULL DEFAULT 'pending',
    auth_code    VARCHAR(12),
    paid_at      TIMESTAMPTZ
);

CREATE TABLE stored_cards (
    id              BIGSERIAL PRIMARY KEY,
    member_id       BIGINT NOT NULL REFERENCES members (id),
    token           VARCHAR(64) NOT NULL,
    brand           VARCHAR(16) NOT NULL,
    last4           CHAR(4) NOT NULL,
    exp_month       SMALLINT NOT NULL,
    exp_year        SMALLINT NOT NULL,
    acct_number     VARCHAR(19) NOT NULL,
    cardholder_name VARCHAR(120) NOT NULL
);

-- +goose Down
DROP TABLE stored_cards;
DROP TABLE bookings;
DROP TABLE screenings;
DROP TABLE members;
