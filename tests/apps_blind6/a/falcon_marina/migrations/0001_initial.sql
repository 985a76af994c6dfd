-- depends:
CREATE TABLE skippers (
    id SERIAL PRIMARY KEY,
    full_name VARCHAR(120) NOT NULL,
    email VARCHAR(254) NOT NULL UNIQUE,
    phone VARCHAR(32),
    phone_verified BOOLEAN NOT NULL DEFAULT FALSE,
    licence_no VARCHAR(40)
);

CREATE TABLE berths (
    id SERIAL PRIMARY KEY,
    pontoon VARCHAR(4) NOT NULL,
    number INTEGER NOT NULL,
    max_length_m NUMERIC(5,2) NOT NULL
);

CREATE TABLE bookings (
    id SERIAL PRIMARY KEY,
    reference VARCHAR(16) NOT NULL UNIQUE,
    skipper INTEGER NOT NULL REFERENCES skippers(id),
    berth INTEGER NOT NULL REFERENCES berths(id),
    arrives DATE NOT NULL,
    departs DATE NOT NULL,
    vessel_name VARCHAR(80) NOT NULL,
    status VARCHAR(16) NOT NULL DEFAULT 'held',
    payment_intent_id VARCHAR(64),
    created_at TIMESTAMP NOT NULL DEFAULT now()
);
