CREATE TABLE customers (
    id BIGSERIAL PRIMARY KEY,
    full_name VARCHAR(160) NOT NULL,
    email VARCHAR(254) NOT NULL UNIQUE,
    phone VARCHAR(32),
    license_number VARCHAR(32) NOT NULL,
    date_of_birth DATE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

--bun:split

CREATE TABLE vehicles (
    id BIGSERIAL PRIMARY KEY,
    plate VARCHAR(12) NOT NULL UNIQUE,
    vin CHAR(17) NOT NULL UNIQUE,
    model VARCHAR(80) NOT NULL,
    sim_iccid VARCHAR(22),
    key_card_code VARCHAR(16),
    branch_code VARCHAR(8) NOT NULL
);

--bun:split

CREATE TABLE reservations (
    id BIGSERIAL PRIMARY KEY,
    reference VARCHAR(16) NOT NULL UNIQUE,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    vehicle_id BIGINT NOT NULL REFERENCES vehicles (id),
    pickup_at TIMESTAMPTZ NOT NULL,
    return_at TIMESTAMPTZ NOT NULL,
    total_cents BIGINT NOT NULL,
    status VARCHAR(16) NOT NULL DEFAULT 'held',
    payment_method_ref VARCHAR(64),
    card_brand VARCHAR(16),
    card_last4 VARCHAR(4),
    card_bin VARCHAR(6),
    preauth_id VARCHAR(64)
);
