-- Deploy verminguard:bait_readings to pg

BEGIN;

CREATE TABLE bait_readings (
    id           BIGSERIAL PRIMARY KEY,
    station_code CHAR(6)     NOT NULL,
    site_id      BIGINT      NOT NULL,
    take_pct     SMALLINT    NOT NULL,
    read_at      TIMESTAMPTZ NOT NULL
);

COMMIT;
