-- used by the R2DBC test slice; production schema is managed by Liquibase
CREATE TABLE IF NOT EXISTS members (
    id BIGSERIAL PRIMARY KEY,
    email VARCHAR(254) NOT NULL UNIQUE,
    display_name VARCHAR(120),
    mobile VARCHAR(32),
    plate VARCHAR(12),
    plan_name VARCHAR(40)
);

CREATE TABLE IF NOT EXISTS wallet_cards (
    id BIGSERIAL PRIMARY KEY,
    member_id BIGINT REFERENCES members(id),
    payment_method_id VARCHAR(64) NOT NULL,
    brand VARCHAR(16),
    last4 CHAR(4),
    expiry VARCHAR(7)
);
