CREATE TABLE members (
    id            BIGSERIAL PRIMARY KEY,
    full_name     VARCHAR(160) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    phone         VARCHAR(32),
    date_of_birth TIMESTAMPTZ,
    home_address  VARCHAR(255),
    tier          VARCHAR(20) DEFAULT 'basic',
    created_at    TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ,
    deleted_at    TIMESTAMPTZ
);
CREATE UNIQUE INDEX idx_members_email ON members(email);

CREATE TABLE card_on_files (
    id            BIGSERIAL PRIMARY KEY,
    member_id     BIGINT NOT NULL REFERENCES members(id),
    gateway_token VARCHAR(64) NOT NULL,
    brand         VARCHAR(16),
    last4         VARCHAR(4),
    exp_month     INTEGER,
    exp_year      INTEGER
);

CREATE TABLE bookings (
    id           BIGSERIAL PRIMARY KEY,
    member_id    BIGINT NOT NULL REFERENCES members(id),
    trailer_code VARCHAR(12) NOT NULL,
    site         VARCHAR(255) NOT NULL,
    starts_at    TIMESTAMPTZ NOT NULL,
    days         INTEGER NOT NULL,
    total_pence  INTEGER NOT NULL,
    deposit_ref  VARCHAR(64),
    status       VARCHAR(20) DEFAULT 'pending'
);

CREATE TABLE gift_cards (
    id          BIGSERIAL PRIMARY KEY,
    card_number VARCHAR(16) UNIQUE,
    pin         VARCHAR(6),
    sessions    INTEGER
);
