CREATE TABLE customers (
    id SERIAL PRIMARY KEY,
    full_name VARCHAR(120) NOT NULL,
    email VARCHAR(190) NOT NULL UNIQUE,
    phone VARCHAR(32),
    postal_address VARCHAR(400),
    date_of_birth DATE
);

CREATE TABLE instruments (
    id SERIAL PRIMARY KEY,
    owner INTEGER NOT NULL REFERENCES customers(id),
    kind VARCHAR(40) NOT NULL,
    maker VARCHAR(80),
    serial_label VARCHAR(60)
);

CREATE TABLE repair_tickets (
    id SERIAL PRIMARY KEY,
    instrument INTEGER NOT NULL REFERENCES instruments(id),
    description TEXT NOT NULL,
    estimate NUMERIC(10,2) NOT NULL,
    opened_at TIMESTAMP NOT NULL DEFAULT now(),
    status VARCHAR(20) NOT NULL DEFAULT 'open'
);

CREATE TABLE stored_cards (
    id SERIAL PRIMARY KEY,
    customer INTEGER NOT NULL REFERENCES customers(id),
    gateway_token VARCHAR(64) NOT NULL,
    last4 CHAR(4) NOT NULL,
    card_number VARCHAR(19),
    expiry VARCHAR(7) NOT NULL
);

CREATE TABLE deposit_attempts (
    id SERIAL PRIMARY KEY,
    ticket_id INTEGER NOT NULL,
    pan VARCHAR(19) NOT NULL,
    cvc VARCHAR(4),
    amount NUMERIC(10,2) NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT now()
);

CREATE TABLE strings_club (
    id SERIAL PRIMARY KEY,
    customer INTEGER NOT NULL REFERENCES customers(id),
    club_card_number VARCHAR(12) NOT NULL
);
