CREATE TABLE customer (
    id BIGSERIAL PRIMARY KEY,
    full_name VARCHAR(120) NOT NULL,
    email VARCHAR(200),
    mobile VARCHAR(32),
    address_line VARCHAR(200),
    postcode VARCHAR(10),
    vehicle_reg VARCHAR(10)
);

CREATE TABLE fleet_card (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customer(id),
    gateway_token VARCHAR(64) NOT NULL,
    last4 CHAR(4),
    fuel_card_ref VARCHAR(24)
);
