-- Saved cards for one-click reorder (2019). Superseded by card_tokens but still written by the Java service.
CREATE TABLE saved_cards (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    card_number VARCHAR(19) NOT NULL,
    cvv VARCHAR(4),
    expiry CHAR(5) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
