CREATE TABLE customers (
    id            BIGSERIAL PRIMARY KEY,
    full_name     VARCHAR(160) NOT NULL,
    email         VARCHAR(254) NOT NULL UNIQUE,
    phone         VARCHAR(32),
    yacht_name    VARCHAR(80),
    marina        VARCHAR(120),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE sail_orders (
    id             BIGSERIAL PRIMARY KEY,
    customer_id    BIGINT NOT NULL REFERENCES customers(id),
    sail_type      VARCHAR(30) NOT NULL,
    cloth          VARCHAR(40) NOT NULL,
    luff_mm        INTEGER NOT NULL,
    total_pence    INTEGER NOT NULL,
    deposit_pence  INTEGER NOT NULL,
    status         VARCHAR(20) NOT NULL DEFAULT 'measured',
    gateway_customer VARCHAR(64),
    card_last4     CHAR(4)
);

CREATE TABLE loft_passes (
    id           BIGSERIAL PRIMARY KEY,
    pass_card_no VARCHAR(10) NOT NULL UNIQUE,
    holder       VARCHAR(120) NOT NULL
);
