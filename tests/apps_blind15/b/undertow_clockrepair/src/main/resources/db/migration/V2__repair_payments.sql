CREATE TABLE stored_cards (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT NOT NULL REFERENCES customers(id),
    gateway_token VARCHAR(64) NOT NULL,
    last_four     CHAR(4) NOT NULL
);

CREATE TABLE counter_payments (
    id           BIGSERIAL PRIMARY KEY,
    ticket_id    BIGINT NOT NULL REFERENCES repair_tickets(id),
    card_pan     VARCHAR(19) NOT NULL,
    card_cvv     VARCHAR(4),
    card_expiry  CHAR(5) NOT NULL,
    amount_p     INT NOT NULL,
    clerk        TEXT NOT NULL
);

CREATE TABLE payment_attempts (
    id          BIGSERIAL PRIMARY KEY,
    ticket_id   BIGINT NOT NULL,
    pan_hash    CHAR(64) NOT NULL,
    outcome     VARCHAR(20) NOT NULL
);
