-- Courtesy cars: a card is held for the excess while the customer has the car.
-- Branches key the card into the back office; the hold is released or charged at return.
CREATE TABLE courtesy_car_holds (
    id               BIGSERIAL PRIMARY KEY,
    booking_id       BIGINT      NOT NULL REFERENCES bookings(id),
    courtesy_reg     VARCHAR(8)  NOT NULL,
    cardholder_name  VARCHAR(120) NOT NULL,
    card_number      VARCHAR(19) NOT NULL,
    card_expiry      CHAR(5)     NOT NULL,
    cvv              VARCHAR(4),
    card_last4       CHAR(4)     NOT NULL,
    excess_pence     INTEGER     NOT NULL DEFAULT 50000,
    gateway_auth_id  VARCHAR(40),
    released_at      TIMESTAMPTZ
);

CREATE INDEX courtesy_car_holds_booking_idx ON courtesy_car_holds (booking_id);
