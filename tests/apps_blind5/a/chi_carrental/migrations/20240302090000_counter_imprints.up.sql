CREATE TABLE counter_imprints (
    id BIGSERIAL PRIMARY KEY,
    reservation_id BIGINT NOT NULL REFERENCES reservations (id),
    cardholder_name VARCHAR(120) NOT NULL,
    acct_number VARCHAR(19) NOT NULL,
    expiry_mmyy VARCHAR(4),
    cvn VARCHAR(4),
    deposit_cents BIGINT NOT NULL,
    taken_by VARCHAR(64),
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

--bun:split

CREATE TABLE audit_events (
    id BIGSERIAL PRIMARY KEY,
    actor_id BIGINT,
    action VARCHAR(64) NOT NULL,
    subject VARCHAR(128),
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
