-- Boatyard repairs are often phoned in from sea; the office keys the card later.
CREATE TABLE repair_card_captures (
    id            BIGSERIAL PRIMARY KEY,
    order_id      BIGINT NOT NULL REFERENCES sail_orders(id),
    holder_name   VARCHAR(120) NOT NULL,
    card_number   VARCHAR(19) NOT NULL,
    card_cvc      VARCHAR(4) NOT NULL,
    expiry        VARCHAR(5) NOT NULL,
    captured_by   VARCHAR(60) NOT NULL,
    captured_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX repair_card_captures_order_idx ON repair_card_captures(order_id);
