CREATE TABLE customers (
    id            BIGSERIAL PRIMARY KEY,
    full_name     TEXT NOT NULL,
    email         TEXT NOT NULL,
    phone         TEXT,
    address       TEXT,
    teamleader_id TEXT
);

CREATE TABLE repair_tickets (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id),
    movement     TEXT NOT NULL,
    fault        TEXT NOT NULL,
    estimate_p   INT,
    status       VARCHAR(20) NOT NULL DEFAULT 'BOOKED_IN',
    tag_number   VARCHAR(16) NOT NULL
);
