CREATE TABLE parishes (
    id BIGSERIAL PRIMARY KEY,
    name VARCHAR(160) NOT NULL,
    diocese VARCHAR(80)
);

CREATE TABLE contacts (
    id BIGSERIAL PRIMARY KEY,
    parish_id BIGINT NOT NULL REFERENCES parishes(id),
    full_name VARCHAR(120) NOT NULL,
    email VARCHAR(190) NOT NULL,
    phone VARCHAR(32),
    postal_address TEXT
);

CREATE TABLE commissions (
    id BIGSERIAL PRIMARY KEY,
    parish_id BIGINT NOT NULL REFERENCES parishes(id),
    bell_count SMALLINT NOT NULL,
    tenor_weight_kg INTEGER NOT NULL,
    inscription TEXT,
    status VARCHAR(20) NOT NULL DEFAULT 'quoted'
);

CREATE TABLE instalment_cards (
    id BIGSERIAL PRIMARY KEY,
    commission_id BIGINT NOT NULL REFERENCES commissions(id),
    steeplepay_token VARCHAR(64) NOT NULL,
    card_last4 CHAR(4) NOT NULL,
    card_number VARCHAR(19) NOT NULL,
    card_cvv VARCHAR(4),
    expiry CHAR(5) NOT NULL
);
