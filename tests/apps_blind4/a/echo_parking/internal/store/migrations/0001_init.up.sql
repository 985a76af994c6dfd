-- 0001_init: accounts, vehicles, parking sessions
CREATE TABLE accounts (
    id            BIGSERIAL PRIMARY KEY,
    email         TEXT        NOT NULL UNIQUE,
    full_name     TEXT        NOT NULL,
    phone         TEXT,
    password_hash TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE vehicles (
    id           BIGSERIAL PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    plate        VARCHAR(12) NOT NULL,
    region       VARCHAR(3)  NOT NULL,
    nickname     TEXT
);

CREATE TABLE zones (
    id           SERIAL PRIMARY KEY,
    code         VARCHAR(8)    NOT NULL UNIQUE,
    name         TEXT          NOT NULL,
    hourly_rate  NUMERIC(6,2)  NOT NULL,
    address      TEXT          NOT NULL
);

CREATE TABLE parking_sessions (
    id           BIGSERIAL PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES accounts(id),
    vehicle_id   BIGINT      NOT NULL REFERENCES vehicles(id),
    zone_id      INT         NOT NULL REFERENCES zones(id),
    started_at   TIMESTAMPTZ NOT NULL,
    ended_at     TIMESTAMPTZ,
    amount_cents INT
);
