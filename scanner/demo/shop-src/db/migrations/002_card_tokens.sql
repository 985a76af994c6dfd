-- Cards as the payment gateway returns them: a token and the last four digits, nothing more.
CREATE TABLE card_tokens (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    gateway_token VARCHAR(64) NOT NULL,
    last4 CHAR(4) NOT NULL,
    brand VARCHAR(16),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
