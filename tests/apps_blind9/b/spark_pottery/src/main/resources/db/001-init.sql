-- 001: members, courses and bookings
CREATE TABLE IF NOT EXISTS members (
    id             BIGSERIAL PRIMARY KEY,
    full_name      TEXT NOT NULL,
    email          TEXT NOT NULL UNIQUE,
    phone          TEXT,
    date_of_birth  DATE,
    fob_id         VARCHAR(16) UNIQUE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS courses (
    id          SERIAL PRIMARY KEY,
    title       TEXT NOT NULL,
    starts_on   DATE NOT NULL,
    weeks       INT NOT NULL,
    seats       INT NOT NULL,
    price_pence INT NOT NULL
);

CREATE TABLE IF NOT EXISTS course_bookings (
    id              BIGSERIAL PRIMARY KEY,
    course_id       INT NOT NULL REFERENCES courses (id),
    member_id       BIGINT NOT NULL REFERENCES members (id),
    payment_id      VARCHAR(40) NOT NULL,
    card_token      VARCHAR(64),
    card_last4      CHAR(4),
    voucher_code    VARCHAR(16),
    booked_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
