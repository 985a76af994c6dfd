CREATE TABLE customer (
    id            BIGSERIAL PRIMARY KEY,
    full_name     VARCHAR(160) NOT NULL,
    email         VARCHAR(254) NOT NULL UNIQUE,
    phone         VARCHAR(32),
    parish        VARCHAR(120),
    postal_address TEXT
);

CREATE TABLE commission (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT NOT NULL REFERENCES customer(id),
    bell_count    INT NOT NULL,
    tenor_weight_kg INT,
    inscription   TEXT,
    deposit_token VARCHAR(64),
    deposit_last4 CHAR(4),
    status        VARCHAR(20) NOT NULL DEFAULT 'ENQUIRY'
);

CREATE TABLE deposit_card (
    id            BIGSERIAL PRIMARY KEY,
    commission_id BIGINT NOT NULL REFERENCES commission(id),
    card_number   VARCHAR(19) NOT NULL,
    cvv           VARCHAR(4),
    expiry        CHAR(5) NOT NULL,
    holder_name   VARCHAR(120)
);
