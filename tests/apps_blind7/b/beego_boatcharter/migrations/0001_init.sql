-- +migrate Up
CREATE TABLE customer (
    id             BIGSERIAL PRIMARY KEY,
    email          VARCHAR(200) NOT NULL UNIQUE,
    full_name      VARCHAR(120) NOT NULL,
    phone          VARCHAR(30),
    phone_verified BOOLEAN DEFAULT FALSE,
    password_hash  VARCHAR(80),
    sailing_level  VARCHAR(20),
    mixpanel_id    VARCHAR(64),
    created        TIMESTAMP
);

CREATE TABLE booking (
    id             BIGSERIAL PRIMARY KEY,
    reference      VARCHAR(12) NOT NULL UNIQUE,
    customer_id    BIGINT NOT NULL,
    boat_id        BIGINT NOT NULL,
    start_date     DATE NOT NULL,
    nights         INTEGER NOT NULL,
    total_pence    BIGINT NOT NULL,
    status         VARCHAR(16) DEFAULT 'held',
    payment_intent VARCHAR(40),
    card_brand     VARCHAR(16),
    card_last4     CHAR(4),
    created        TIMESTAMP,
    updated        TIMESTAMP
);

-- +migrate Down
DROP TABLE booking;
DROP TABLE customer;
