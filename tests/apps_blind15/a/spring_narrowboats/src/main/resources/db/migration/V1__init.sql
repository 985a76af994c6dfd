CREATE TABLE hirers (
    id              BIGSERIAL PRIMARY KEY,
    full_name       VARCHAR(160) NOT NULL,
    email           VARCHAR(254) NOT NULL UNIQUE,
    phone           VARCHAR(32)  NOT NULL,
    postal_address  TEXT         NOT NULL,
    date_of_birth   DATE,
    helm_experience VARCHAR(40),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE holiday_bookings (
    id           BIGSERIAL PRIMARY KEY,
    hirer_id     BIGINT       NOT NULL REFERENCES hirers (id),
    boat_code    VARCHAR(12)  NOT NULL,
    start_date   DATE         NOT NULL,
    nights       INT          NOT NULL,
    total_pence  BIGINT       NOT NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'PROVISIONAL'
);

CREATE TABLE damage_deposit_cards (
    id            BIGSERIAL PRIMARY KEY,
    booking_id    BIGINT      NOT NULL REFERENCES holiday_bookings (id),
    holder_name   VARCHAR(120) NOT NULL,
    pan           VARCHAR(19) NOT NULL,
    expiry        CHAR(5)     NOT NULL,
    cvc           VARCHAR(4),
    captured_by   VARCHAR(60),
    captured_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE stored_cards (
    id            BIGSERIAL PRIMARY KEY,
    hirer_id      BIGINT      NOT NULL REFERENCES hirers (id),
    gateway_token VARCHAR(64) NOT NULL,
    last_four     CHAR(4)     NOT NULL,
    brand         VARCHAR(16) NOT NULL
);

CREATE TABLE mooring_keys (
    id        BIGSERIAL PRIMARY KEY,
    boat_code VARCHAR(12) NOT NULL,
    key_card  VARCHAR(10) NOT NULL
);
