-- +goose Up
CREATE TABLE bowlers (
    id            BIGSERIAL PRIMARY KEY,
    name          TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    phone         TEXT,
    date_of_birth DATE NOT NULL,
    handicap      INT NOT NULL DEFAULT 0,
    league_id     BIGINT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE lane_bookings (
    id         BIGSERIAL PRIMARY KEY,
    bowler_id  BIGINT NOT NULL REFERENCES bowlers (id),
    lane       INT NOT NULL,
    starts_at  TIMESTAMPTZ NOT NULL,
    games      INT NOT NULL DEFAULT 2,
    party_size INT NOT NULL DEFAULT 1,
    status     TEXT NOT NULL DEFAULT 'booked'
);

-- +goose Down
DROP TABLE lane_bookings;
DROP TABLE bowlers;
