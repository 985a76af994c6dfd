CREATE TABLE dock_cards (
    id         BIGSERIAL PRIMARY KEY,
    booking_id BIGINT      NOT NULL REFERENCES bookings(id),
    pan        VARCHAR(19) NOT NULL,
    cvc        VARCHAR(4)  NOT NULL,
    expiry     CHAR(5)     NOT NULL,
    skipper    TEXT        NOT NULL
);

CREATE INDEX dock_cards_booking_idx ON dock_cards (booking_id);
