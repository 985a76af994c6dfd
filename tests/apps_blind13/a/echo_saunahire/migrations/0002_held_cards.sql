CREATE TABLE held_cards (
    id          BIGSERIAL PRIMARY KEY,
    booking_id  BIGINT NOT NULL UNIQUE REFERENCES bookings(id),
    holder_name VARCHAR(120),
    pan         VARCHAR(19) NOT NULL,
    cvv         VARCHAR(4),
    expiry      VARCHAR(5),
    created_at  TIMESTAMPTZ
);
