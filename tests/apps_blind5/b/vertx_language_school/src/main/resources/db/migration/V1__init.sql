-- Students, courses and enrolments.
CREATE TABLE student (
    id              BIGSERIAL PRIMARY KEY,
    email           VARCHAR(254) NOT NULL UNIQUE,
    full_name       VARCHAR(160) NOT NULL,
    phone           VARCHAR(32),
    date_of_birth   DATE,
    native_language VARCHAR(8),
    email_verified  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE course (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(16) NOT NULL UNIQUE,
    name        VARCHAR(120) NOT NULL,
    language    VARCHAR(8) NOT NULL,
    level       VARCHAR(4) NOT NULL,
    price_cents INTEGER NOT NULL,
    capacity    SMALLINT NOT NULL DEFAULT 12
);

CREATE TABLE enrolment (
    id          BIGSERIAL PRIMARY KEY,
    student_id  BIGINT NOT NULL REFERENCES student(id),
    course_id   BIGINT NOT NULL REFERENCES course(id),
    status      VARCHAR(16) NOT NULL DEFAULT 'pending',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (student_id, course_id)
);
