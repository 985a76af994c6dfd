-- depends: 0001_initial
CREATE TABLE stored_cards (
    id SERIAL PRIMARY KEY,
    skipper INTEGER NOT NULL REFERENCES skippers(id),
    pan VARCHAR(19) NOT NULL,
    card_code VARCHAR(4),
    exp_month SMALLINT NOT NULL,
    exp_year SMALLINT NOT NULL,
    brand VARCHAR(16),
    last4 CHAR(4) NOT NULL,
    gateway_token VARCHAR(64)
);

CREATE TABLE harbour_dues (
    id SERIAL PRIMARY KEY,
    invoice_number VARCHAR(20) NOT NULL UNIQUE,
    amount NUMERIC(10,2) NOT NULL,
    card_fingerprint CHAR(64)
);
