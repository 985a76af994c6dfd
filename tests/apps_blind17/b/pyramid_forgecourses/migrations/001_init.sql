CREATE TABLE students (
    id                 BIGSERIAL PRIMARY KEY,
    full_name          TEXT NOT NULL,
    email              TEXT NOT NULL UNIQUE,
    phone              TEXT,
    date_of_birth      DATE,
    postcode           VARCHAR(10),
    emergency_contact  TEXT,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE courses (
    id            BIGSERIAL PRIMARY KEY,
    title         TEXT NOT NULL,
    starts_on     DATE NOT NULL,
    anvil_places  SMALLINT NOT NULL DEFAULT 6,
    price_pence   INTEGER NOT NULL
);

CREATE TABLE bookings (
    id             BIGSERIAL PRIMARY KEY,
    course_id      BIGINT NOT NULL REFERENCES courses(id),
    student_id     BIGINT NOT NULL REFERENCES students(id),
    deposit_pence  INTEGER NOT NULL,
    gateway_token  VARCHAR(64) NOT NULL,
    card_last4     CHAR(4),
    card_brand     VARCHAR(12),
    status         VARCHAR(16) NOT NULL DEFAULT 'held'
);
