CREATE TABLE visitors (
    id            BIGSERIAL PRIMARY KEY,
    full_name     TEXT NOT NULL,
    email         TEXT NOT NULL UNIQUE,
    phone         TEXT,
    date_of_birth DATE,
    needs_step_free_access BOOLEAN NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE tour_tickets (
    id            BIGSERIAL PRIMARY KEY,
    visitor_id    BIGINT NOT NULL REFERENCES visitors(id),
    tour_date     DATE NOT NULL,
    seats         SMALLINT NOT NULL,
    payment_ref   TEXT NOT NULL,
    card_last4    CHAR(4)
);
