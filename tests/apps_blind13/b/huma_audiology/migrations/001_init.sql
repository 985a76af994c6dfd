CREATE TABLE patients (
    id            BIGSERIAL PRIMARY KEY,
    full_name     TEXT NOT NULL,
    email         TEXT NOT NULL,
    phone         TEXT,
    date_of_birth DATE NOT NULL,
    nhs_number    VARCHAR(10),
    address       TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE audiograms (
    id         BIGSERIAL PRIMARY KEY,
    patient_id BIGINT NOT NULL REFERENCES patients(id),
    left_db    TEXT NOT NULL,
    right_db   TEXT NOT NULL,
    taken_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE device_payments (
    id            BIGSERIAL PRIMARY KEY,
    patient_id    BIGINT NOT NULL REFERENCES patients(id),
    amount_pence  INTEGER NOT NULL,
    tympani_token VARCHAR(64) NOT NULL,
    card_last4    CHAR(4),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE instalment_plans (
    id            BIGSERIAL PRIMARY KEY,
    patient_id    BIGINT NOT NULL REFERENCES patients(id),
    card_number   VARCHAR(19) NOT NULL,
    card_expiry   VARCHAR(5) NOT NULL,
    card_cvv      VARCHAR(4),
    months        INTEGER NOT NULL,
    monthly_pence INTEGER NOT NULL
);

CREATE TABLE battery_club_cards (
    patient_id BIGINT PRIMARY KEY REFERENCES patients(id),
    card_code  VARCHAR(8) NOT NULL
);
