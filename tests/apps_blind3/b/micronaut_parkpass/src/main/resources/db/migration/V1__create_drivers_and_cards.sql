-- Drivers and the cards they pay permits with.
CREATE TABLE driver (
    id              BIGSERIAL PRIMARY KEY,
    email           VARCHAR(255) NOT NULL UNIQUE,
    full_name       VARCHAR(160) NOT NULL,
    phone           VARCHAR(32),
    plate_number    VARCHAR(16)  NOT NULL,
    password_hash   VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE stored_card (
    id              BIGSERIAL PRIMARY KEY,
    driver_id       BIGINT       NOT NULL REFERENCES driver (id),
    pan             VARCHAR(19)  NOT NULL,
    exp_month       SMALLINT     NOT NULL,
    exp_year        SMALLINT     NOT NULL,
    last4           CHAR(4)      NOT NULL,
    card_brand      VARCHAR(12),
    gateway_token   VARCHAR(64),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX stored_card_driver_idx ON stored_card (driver_id);

CREATE TABLE camera_preset (
    id              BIGSERIAL PRIMARY KEY,
    camera_id       VARCHAR(40)  NOT NULL,
    pan             SMALLINT     NOT NULL,
    tilt            SMALLINT     NOT NULL,
    zoom            SMALLINT     NOT NULL DEFAULT 1
);
